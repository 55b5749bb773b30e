// Comment marks in the live editor (Lexical's MarkNode, as the playground's CommentPlugin uses
// it): mark the selected words for a thread, find a thread's words to select them, list the
// threads still anchored in story order, and take a thread's marks out.
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from "@lexical/mark";
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type BaseSelection,
  type LexicalNode,
} from "lexical";

/** Mark the selected words for thread `id`; false when the selection holds no words. */
export function $markSelection(selection: BaseSelection, id: string): boolean {
  if (!$isRangeSelection(selection) || selection.isCollapsed() || selection.getTextContent().trim() === "")
    return false;
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
  return true;
}

function $marks(): MarkNode[] {
  const found: MarkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isMarkNode(node)) found.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}

/** The threads whose words are in the story now, in the order the words come. */
export function $anchoredThreads(): string[] {
  return [...new Set($marks().flatMap((mark) => mark.getIDs()))];
}

/** Select the words of thread `id` (from its first mark to its last); false when it has none. */
export function $selectThreadWords(id: string): boolean {
  const marks = $marks().filter((mark) => mark.hasID(id));
  const first = marks[0]?.getFirstDescendant();
  const last = marks[marks.length - 1]?.getLastDescendant();
  if (!$isTextNode(first) || !$isTextNode(last)) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, "text");
  selection.focus.set(last.getKey(), last.getTextContentSize(), "text");
  $setSelection(selection);
  return true;
}

/** Take thread `id` off its words (the words stay); a mark shared with another thread keeps it. */
export function $removeThreadMarks(id: string): void {
  for (const mark of $marks()) {
    if (!mark.hasID(id)) continue;
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

/** Each mark in the story: its node key and the threads it carries (to draw their state). */
export function $markKeys(): [key: string, ids: string[]][] {
  return $marks().map((mark) => [mark.getKey(), mark.getIDs()]);
}

/** The threads on the mark around a DOM node the user clicked, if any. */
export function $threadsAt(node: LexicalNode | null): string[] {
  for (let at = node; at; at = at.getParent()) if ($isMarkNode(at)) return at.getIDs();
  return [];
}
