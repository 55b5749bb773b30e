// Quotation tags in the live editor, by plain-text offsets (what detection reports and
// what a selection maps to). Call these inside editor.update / editor.read; one update
// is one undo step.
import {
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $nodesOfType,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type TextNode,
} from "lexical";
import type { QuotationStatus } from "../../shared/document/nodes.ts";
import {
  $createQuotationNode,
  $isQuotationNode,
  type QuotationKind,
  QuotationNode,
} from "../editor/nodes/QuotationNode.ts";
import { $storyText, $textNodeSpans } from "../editor/textRange.ts";
import type { TextRange } from "./suggestions.ts";

export interface QuoteTag {
  quoteId: string;
  sourceId: string | null;
  status: QuotationStatus;
  kind?: QuotationKind;
}

export function $editorText(): string {
  return $storyText();
}

export function $quotationAncestor(node: LexicalNode | null): QuotationNode | null {
  for (let n = node; n; n = n.getParent()) if ($isQuotationNode(n)) return n;
  return null;
}

/** Every quotation node (a run-on quote has one per paragraph). */
export function $quotations(): QuotationNode[] {
  return $nodesOfType(QuotationNode);
}

export function $hasQuotations(): boolean {
  return $quotations().length > 0;
}

/** Where the tagged quotations sit in the plain text. */
export function $taggedRanges(): TextRange[] {
  return $textNodeSpans()
    .filter((span) => $quotationAncestor(span.node))
    .map(({ start, end }) => ({ start, end }));
}

function pointOffset(point: PointType, spans: ReturnType<typeof $textNodeSpans>): number | null {
  const node = point.getNode();
  if ($isTextNode(node)) {
    const span = spans.find((s) => s.node.is(node));
    return span ? span.start + point.offset : null;
  }
  if (!$isElementNode(node)) return null;
  // An element point sits before its child at `offset`: the first text at or after it.
  const child = node.getChildAtIndex(point.offset);
  const first = child ? ($isElementNode(child) ? child.getFirstDescendant() : child) : null;
  if (first) {
    const span = spans.find((s) => s.node.is(first));
    if (span) return span.start;
  }
  const last = node.getLastDescendant();
  const span = last ? spans.find((s) => s.node.is(last)) : undefined;
  return span ? span.end : null;
}

/** The selection as plain-text offsets, earliest first; null when nothing is selected. */
export function $selectionRange(selection: BaseSelection | null): TextRange | null {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const spans = $textNodeSpans();
  const a = pointOffset(selection.anchor, spans);
  const b = pointOffset(selection.focus, spans);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** The quotation the selection (or caret) is in, if any. */
export function $selectedQuotation(selection: BaseSelection | null): QuotationNode | null {
  if (!$isRangeSelection(selection)) return null;
  const anchor = $quotationAncestor(selection.anchor.getNode());
  const focus = $quotationAncestor(selection.focus.getNode());
  if (anchor && focus && anchor.getQuoteId() !== focus.getQuoteId()) return null;
  return anchor ?? focus;
}

/** Splits text nodes so that `offset` falls on a node boundary. */
function $splitAt(offset: number): void {
  for (const span of $textNodeSpans()) {
    if (offset > span.start && offset < span.end) {
      span.node.splitText(offset - span.start);
      return;
    }
  }
}

function $blockOf(node: LexicalNode): ElementNode | null {
  for (let n = node.getParent(); n; n = n.getParent()) if (!n.isInline()) return n;
  return null;
}

/** The ancestor of `node` that is a direct child of `block`. */
function $childOfBlock(node: LexicalNode, block: ElementNode): LexicalNode {
  let n: LexicalNode = node;
  while (n.getParent() && !n.getParentOrThrow().is(block)) n = n.getParentOrThrow();
  return n;
}

/**
 * Wraps the words in [start, end) in quotation nodes with the same tag, one per block
 * the range crosses. Refuses (false) when the range overlaps an existing tag, since
 * quotations do not nest.
 */
export function $wrapRange(range: TextRange, tag: QuoteTag): boolean {
  if (range.end <= range.start) return false;
  if ($taggedRanges().some((t) => t.start < range.end && range.start < t.end)) return false;
  $splitAt(range.end);
  $splitAt(range.start);
  const covered: TextNode[] = $textNodeSpans()
    .filter((s) => s.start >= range.start && s.end <= range.end && s.end > s.start)
    .map((s) => s.node);
  if (covered.length === 0) return false;

  const byBlock = new Map<string, { block: ElementNode; nodes: TextNode[] }>();
  for (const node of covered) {
    const block = $blockOf(node);
    if (!block) continue;
    const entry = byBlock.get(block.getKey()) ?? { block, nodes: [] };
    entry.nodes.push(node);
    byBlock.set(block.getKey(), entry);
  }
  for (const { block, nodes } of byBlock.values()) {
    // A partly covered link comes in whole: the tag never cuts through another inline element.
    const first = $childOfBlock(nodes[0], block);
    const last = $childOfBlock(nodes[nodes.length - 1], block);
    const quotation = $createQuotationNode(tag.quoteId, tag.sourceId, tag.status, tag.kind);
    first.insertBefore(quotation);
    const moving: LexicalNode[] = [];
    for (let n: LexicalNode | null = first; n; n = n.getNextSibling()) {
      moving.push(n);
      if (n.is(last)) break;
    }
    quotation.append(...moving);
  }
  return true;
}

function $unwrap(node: QuotationNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/** Removes the tag of one quote (all its paragraphs), keeping the words. */
export function $untagQuote(quoteId: string): number {
  const nodes = $quotations().filter((q) => q.getQuoteId() === quoteId);
  nodes.forEach($unwrap);
  return nodes.length;
}

/** Removes every tag that points at a source; how many quotes lost their tag. */
export function $untagSource(sourceId: string): number {
  const ids = new Set<string>();
  for (const q of $quotations()) {
    if (q.getSourceId() !== sourceId) continue;
    ids.add(q.getQuoteId());
    $unwrap(q);
  }
  return ids.size;
}

/** Points one quote (all its paragraphs) at a source, confirmed. */
export function $retagQuote(quoteId: string, sourceId: string): void {
  for (const q of $quotations()) if (q.getQuoteId() === quoteId) q.setSource(sourceId, "confirmed");
}

/** After a merge: every tag of `fromId` now names `toId`. */
export function $retagSource(fromId: string, toId: string): number {
  let n = 0;
  for (const q of $quotations()) {
    if (q.getSourceId() !== fromId) continue;
    q.setSource(toId, q.getStatus());
    n += 1;
  }
  return n;
}

/** The plain-text range of one tagged quote's first part, to select or scroll to it. */
export function $quoteKeys(predicate: (q: QuotationNode) => boolean): string[] {
  return $quotations()
    .filter(predicate)
    .map((q) => q.getKey());
}
