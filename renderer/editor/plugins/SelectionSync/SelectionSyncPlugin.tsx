// Keys act where the caret is on screen. Lexical acts on a key at keydown with its own copy
// of the selection, which it updates only when the browser's async `selectionchange`
// arrives. Home, End or an arrow move the caret natively, so a Delete pressed before that
// event lands (a fast hand, a busy machine) would delete at the old caret: words lost
// where the editor was not looking. Before any other keydown handler, take the screen's.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from "lexical";
import { useEffect } from "react";
import { $selectionOnScreen } from "../../currentSelection.ts";

export function registerSelectionSync(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    () => {
      const kept = $getSelection();
      // A selected figure (a node selection) is Lexical's own, not the DOM's.
      if (kept !== null && !$isRangeSelection(kept)) return false;
      const onScreen = $selectionOnScreen(editor);
      // Only the caret's place: a format picked for the next letters (Ctrl+B) stays.
      if (onScreen && !(kept && onScreen.anchor.is(kept.anchor) && onScreen.focus.is(kept.focus)))
        $setSelection(onScreen);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}

export function SelectionSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSelectionSync(editor), [editor]);
  return null;
}
