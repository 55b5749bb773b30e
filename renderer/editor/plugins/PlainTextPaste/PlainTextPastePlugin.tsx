// Plain text pasted with several paragraphs (from an e-mail, a wire story) comes in as those
// paragraphs (see pasteText.ts), not a paragraph per line. Renders nothing.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
  PASTE_COMMAND,
} from "lexical";
import { useEffect } from "react";
import { pastedParagraphs } from "./pasteText.ts";

/** Inserts the paragraphs at the selection, the first one into the paragraph it is in. */
export function $insertParagraphs(paragraphs: string[]): void {
  paragraphs.forEach((text, i) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (i > 0) selection.insertParagraph();
    $getSelection()?.insertText(text);
  });
}

export function registerPlainTextPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = event instanceof ClipboardEvent ? event.clipboardData : null;
      if (!data || data.types.some((t) => t !== "text/plain")) return false;
      const paragraphs = pastedParagraphs(data.getData("text/plain"));
      if (paragraphs.length < 2) return false;
      event.preventDefault();
      editor.update(() => $insertParagraphs(paragraphs));
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

export function PlainTextPastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPlainTextPaste(editor), [editor]);
  return null;
}
