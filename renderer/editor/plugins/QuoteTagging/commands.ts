// Tagging a quotation: the commands the toolbar button and the shortcut send.
import { $getSelection, COMMAND_PRIORITY_LOW, createCommand, type LexicalEditor } from "lexical";
import { $selectedQuotation, $untagQuote } from "../../../sources/editorQuotes.ts";

/** Open the source picker for the selection (toolbar button, shortcut). */
export const TAG_QUOTE_COMMAND = createCommand<void>("TAG_QUOTE_COMMAND");
/** Remove the tag the caret is in. */
export const UNTAG_QUOTE_COMMAND = createCommand<void>("UNTAG_QUOTE_COMMAND");

/** UNTAG_QUOTE_COMMAND unwraps the quotation the caret is in, keeping its words. */
export function registerUntagQuote(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    UNTAG_QUOTE_COMMAND,
    () => {
      editor.update(() => {
        const inside = $selectedQuotation($getSelection());
        if (inside) $untagQuote(inside.getQuoteId());
      });
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}
