// The selection as the user sees it right now. Lexical learns about DOM selection
// changes from the async `selectionchange` event, so a shortcut pressed straight after
// Shift+Arrow can find Lexical's own selection a step behind; read the DOM's instead.
import { $createRangeSelectionFromDom, $getSelection, type BaseSelection, type LexicalEditor } from "lexical";

/** A copy of the current selection, safe to keep while focus moves to a popover. */
export function currentSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.read(() => {
    const dom = window.getSelection();
    const root = editor.getRootElement();
    const fromDom =
      dom && root && dom.anchorNode && root.contains(dom.anchorNode)
        ? $createRangeSelectionFromDom(dom, editor)
        : null;
    return (fromDom ?? $getSelection())?.clone() ?? null;
  });
}
