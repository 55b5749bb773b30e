// Who a detected quote belongs to, as far as the review can tell: the confirmed tag covering it
// first, else the library source its detected speaker's name matches exactly.
import type { DetectedQuote } from "../quotes/types.ts";
import { overlap } from "./spans.ts";
import type { ReviewContext, ReviewSource, Span } from "./types.ts";
import type { Attributed } from "../document/text.ts";

export function tagFor(context: ReviewContext, quote: DetectedQuote): Attributed<ReviewSource> | null {
  const span = { start: quote.start, end: quote.end };
  let best: Attributed<ReviewSource> | null = null;
  for (const tag of context.tagged) {
    if (overlap(tag, span) > (best ? overlap(best, span) : 0)) best = tag;
  }
  return best;
}

export function sourceFor(context: ReviewContext, quote: DetectedQuote): ReviewSource | null {
  const tag = tagFor(context, quote);
  if (tag?.source && tag.status === "confirmed") return tag.source;
  if (!quote.speaker) return null;
  const match = context.matchSource(quote.speaker);
  return match?.exact ? match.source : null;
}

/** Quoted spans to search: detected quotes plus tagged quotations the detector did not see. */
export function quotedSpans(context: ReviewContext): Span[] {
  const spans: Span[] = context.detected.map((q) => ({ start: q.start, end: q.end }));
  for (const tag of context.tagged) {
    if (!spans.some((s) => s.start < tag.end && tag.start < s.end))
      spans.push({ start: tag.start, end: tag.end });
  }
  return spans;
}
