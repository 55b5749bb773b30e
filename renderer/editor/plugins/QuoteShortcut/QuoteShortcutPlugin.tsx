// Ctrl/Cmd+Shift+Q in the body: tag the selected words as a quotation (TAG_QUOTE_COMMAND).
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { COMMAND_PRIORITY_LOW, KEY_MODIFIER_COMMAND, type LexicalEditor } from "lexical";
import { useEffect } from "react";
import { TAG_QUOTE_COMMAND } from "../QuoteTagging/commands.ts";

type Keys = Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "shiftKey" | "code">;

/** Ctrl+Shift+Q, or Cmd+Shift+Q on a Mac; by the key's place, whatever the keyboard layout. */
export function isTagQuoteShortcut(event: Keys): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.code === "KeyQ";
}

export function registerQuoteShortcut(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_MODIFIER_COMMAND,
    (event) => {
      if (!isTagQuoteShortcut(event)) return false;
      event.preventDefault();
      editor.dispatchCommand(TAG_QUOTE_COMMAND, undefined);
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

export function QuoteShortcutPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerQuoteShortcut(editor), [editor]);
  return null;
}
