// Keys and the clipboard act where the caret is on screen. Lexical acts on a key at keydown,
// and on a paste or cut when the event comes, with its own copy of the selection, which it
// updates only when the browser's async `selectionchange` arrives. Home, End or an arrow move
// the caret natively, so a Delete or a paste that comes before that event lands (a fast hand, a
// busy machine) would act at the old caret: words lost or put where the editor was not looking.
// Before any other handler (COMMAND_PRIORITY_BEFORE_CRITICAL), take the screen's selection.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_BEFORE_CRITICAL,
  COPY_COMMAND,
  CUT_COMMAND,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  PASTE_COMMAND,
} from "lexical";
import { useEffect } from "react";
import { $selectionOnScreen } from "../../currentSelection.ts";

/** Lexical's selection moved to the screen's, when they differ; false: the command goes on. */
function $followScreen(editor: LexicalEditor): false {
  const kept = $getSelection();
  // A selected figure (a node selection) is Lexical's own, not the DOM's.
  if (kept !== null && !$isRangeSelection(kept)) return false;
  const onScreen = $selectionOnScreen(editor);
  // Only the caret's place: a format picked for the next letters (Ctrl+B) stays.
  if (onScreen && !(kept && onScreen.anchor.is(kept.anchor) && onScreen.focus.is(kept.focus)))
    $setSelection(onScreen);
  return false;
}

export function registerSelectionSync(editor: LexicalEditor): () => void {
  const follow = () => $followScreen(editor);
  const first = COMMAND_PRIORITY_BEFORE_CRITICAL;
  return mergeRegister(
    editor.registerCommand(KEY_DOWN_COMMAND, follow, first),
    editor.registerCommand(PASTE_COMMAND, follow, first),
    editor.registerCommand(CUT_COMMAND, follow, first),
    editor.registerCommand(COPY_COMMAND, follow, first),
  );
}

export function SelectionSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSelectionSync(editor), [editor]);
  return null;
}
