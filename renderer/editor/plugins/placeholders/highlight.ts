// Placeholder markers painted with the CSS Custom Highlight API: ranges over the editor's own
// text nodes, so the document (and Lexical's DOM) are never changed to show them.
import { placeholderPattern } from "../../../../shared/review/rules/placeholder-left.ts";

export const PLACEHOLDER_HIGHLIGHT = "copydesk-placeholder";

/** Ranges of every marker in the text under root; markers do not span text nodes. */
export function placeholderRanges(root: Node, markers: readonly string[]): Range[] {
  const pattern = placeholderPattern(markers);
  if (!pattern) return [];
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const m of node.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** Paint the ranges; false where the platform has no custom highlights (nothing is painted). */
export function paintPlaceholders(ranges: Range[]): boolean {
  if (typeof Highlight === "undefined" || !CSS.highlights) return false;
  CSS.highlights.set(PLACEHOLDER_HIGHLIGHT, new Highlight(...ranges));
  return true;
}

export function clearPlaceholders(): void {
  if (typeof Highlight !== "undefined" && CSS.highlights) CSS.highlights.delete(PLACEHOLDER_HIGHLIGHT);
}
