// Offsets into an article's plain text (as detection and review report them) mapped to
// the live editor. The text is built exactly as shared/document/text.ts builds it from
// the stored body, and as Lexical's own getTextContent() does: blocks joined by a blank
// line, line breaks as "\n".
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from "lexical";

export interface TextNodeSpan {
  node: TextNode;
  start: number;
  end: number;
}

/** Every text node with its span in the plain text. Call inside editor.read/update. */
export function $textNodeSpans(): TextNodeSpan[] {
  const spans: TextNodeSpan[] = [];
  let offset = 0;
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) {
      const length = node.getTextContentSize();
      spans.push({ node, start: offset, end: offset + length });
      offset += length;
      return;
    }
    if ($isLineBreakNode(node)) {
      offset += 1;
      return;
    }
    if (!$isElementNode(node)) {
      offset += node.getTextContentSize();
      return;
    }
    const children = (node as ElementNode).getChildren();
    children.forEach((child, i) => {
      visit(child);
      if ($isElementNode(child) && !child.isInline() && i < children.length - 1) offset += 2;
    });
  };
  visit($getRoot());
  return spans;
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
