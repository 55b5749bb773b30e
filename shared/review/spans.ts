// Sorted, merged spans with binary-search lookups, so "is this offset quoted?" stays cheap while
// the review runs on every debounced keystroke.
import { lastStartingAtOrBefore } from "../document/offsets.ts";
import type { Span } from "./types.ts";

/** Merge overlapping or touching spans into a sorted, disjoint list. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** Index of the last span starting at or before offset, or -1. Spans must be sorted by start. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  return lastStartingAtOrBefore(spans, offset);
}

/** Whether offset lies in one of the sorted, disjoint spans. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  const i = spanIndexAt(spans, offset);
  return i >= 0 && offset < spans[i].end;
}

/** Length of the overlap of two spans (0 when they are apart). */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
