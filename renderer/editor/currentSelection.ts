// The selection as the user sees it right now. Lexical learns about DOM selection
// changes from the async `selectionchange` event, so a key or shortcut pressed straight
// after Home, an arrow or Shift+End can find Lexical's own selection a step behind; read
// the DOM's instead.
import {
  $createRangeSelectionFromDom,
  $getSelection,
  type BaseSelection,
  type LexicalEditor,
  type RangeSelection,
} from "lexical";

/** The DOM's selection as a Lexical one, when it lies in this editor's body (call in a read or update). */
export function $selectionOnScreen(editor: LexicalEditor): RangeSelection | null {
  const dom = window.getSelection();
  const root = editor.getRootElement();
  if (!dom || !root || !dom.anchorNode || !root.contains(dom.anchorNode)) return null;
  return $createRangeSelectionFromDom(dom, editor);
}

/** A copy of the current selection, safe to keep while focus moves to a popover. */
export function currentSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.read(() => ($selectionOnScreen(editor) ?? $getSelection())?.clone() ?? null);
}
