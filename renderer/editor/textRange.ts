// Offsets into an article's plain text (as detection and review report them) mapped to
// the live editor. The text is built exactly as shared/document/text.ts builds it from
// the stored body, and as Lexical's own getTextContent() does: blocks joined by a blank
// line, line breaks as "\n". Words suggested for deletion are not in the text (shared/document/
// suggestions.ts), so a pending deletion is skipped here as it is there; and two blocks a pending
// join is on run on without the blank line, there as here.
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $nodesOfType,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from "lexical";
import { $isDeletionNode, DeletionNode } from "./nodes/SuggestionNode.ts";
import { $breakParts, $readsJoined } from "./plugins/Suggestions/breaks.ts";

export interface TextNodeSpan {
  node: TextNode;
  start: number;
  end: number;
}

/** Every text node with its span in the plain text. Call inside editor.read/update. */
export function $textNodeSpans(): TextNodeSpan[] {
  return $walkStory().spans;
}

/**
 * The story's plain text as shared/document/text.ts makes it from the stored body. Without a
 * pending deletion or join that is Lexical's own (cached) text; with one, the deletion's words
 * are left out and the joined blocks run on.
 */
export function $storyText(): string {
  const lexicalsOwn =
    $nodesOfType(DeletionNode).length === 0 && !$breakParts().some((part) => part.kind === "join");
  return lexicalsOwn ? $getRoot().getTextContent() : $walkStory().text;
}

function $walkStory(): { spans: TextNodeSpan[]; text: string } {
  const spans: TextNodeSpan[] = [];
  let text = "";
  const visit = (node: LexicalNode) => {
    if ($isDeletionNode(node)) return;
    if ($isTextNode(node)) {
      const words = node.getTextContent();
      spans.push({ node, start: text.length, end: text.length + words.length });
      text += words;
      return;
    }
    if ($isLineBreakNode(node)) {
      text += "\n";
      return;
    }
    if (!$isElementNode(node)) {
      text += node.getTextContent();
      return;
    }
    const children = (node as ElementNode).getChildren();
    children.forEach((child, i) => {
      visit(child);
      const next = children[i + 1];
      if ($isElementNode(child) && !child.isInline() && next && !$readsJoined(child, next)) text += "\n\n";
    });
  };
  visit($getRoot());
  return { spans, text };
}

/** A point (text node and offset in it) for a plain-text offset; at a boundary, the later node. */
function pointAt(
  spans: TextNodeSpan[],
  offset: number,
  preferEnd: boolean,
): { node: TextNode; offset: number } | null {
  for (const span of spans) {
    const inside = preferEnd
      ? offset > span.start && offset <= span.end
      : offset >= span.start && offset < span.end;
    if (inside) return { node: span.node, offset: offset - span.start };
  }
  return null;
}

/** A selection over [start, end) of the plain text, or null when the offsets fall outside any text. */
export function $rangeSelectionFor(start: number, end: number): RangeSelection | null {
  const spans = $textNodeSpans();
  const from = pointAt(spans, start, false);
  const to = pointAt(spans, end, true);
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(from.node.getKey(), from.offset, "text");
  selection.focus.set(to.node.getKey(), to.offset, "text");
  return selection;
}
