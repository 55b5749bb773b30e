// Finding things by text offset: lists of spans (sentences, quotes, mentions, tokens) sorted by
// where they start, searched by halves so a lookup stays cheap on a long story.

interface Starts {
  start: number;
}

/** Index of the first item starting at or after `at` (items.length when none does). */
export function firstStartingFrom(items: readonly Starts[], at: number): number {
  return firstStartingFromBy(items, at, (item) => item.start);
}

/** The same for items whose start is found by `startOf` (a ranked mention's `m.start`, say). */
export function firstStartingFromBy<T>(
  items: readonly T[],
  at: number,
  startOf: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item starting at or before `at`, or -1 (offsets are whole characters). */
export function lastStartingAtOrBefore(items: readonly Starts[], at: number): number {
  return firstStartingFrom(items, Math.floor(at) + 1) - 1;
}
