// Test helpers for rule tests: hand-built detections (so a rule is tested on exactly the quotes
// it is given, whatever the detector does) and a plain edit-distance stand-in for matchSourceName.
import type { DetectedQuote } from "../quotes/types.ts";
import { buildContext } from "./context.ts";
import type { ArticleBody } from "../document/nodes.ts";
import { bodyFromText } from "./textBody.ts";
import type { ReviewContext, ReviewDependencies, ReviewSource } from "./types.ts";

const MARKS = "\"“”‘’'";

/** A detected quote for `words` (the n-th occurrence) in text, marks taken from the text around it. */
export function quoteAt(
  text: string,
  words: string,
  extra: Partial<DetectedQuote> = {},
  occurrence = 0,
): DetectedQuote {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in text`);
  const end = start + words.length;
  const opens = start > 0 && MARKS.includes(text[start - 1]);
  const closes = end < text.length && MARKS.includes(text[end]);
  return {
    text: words,
    start,
    end,
    markStart: opens ? start - 1 : start,
    markEnd: closes ? end + 1 : end,
    closed: closes,
    kind: "full",
    speaker: null,
    speakerKind: null,
    cue: null,
    cueStart: null,
    cueEnd: null,
    channel: null,
    confidence: 0.9,
    ...extra,
  };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = kept;
    }
  }
  return row[b.length];
}

/** Stand-in for the quote module: no detection, and names within two edits match. */
export const standInDeps: ReviewDependencies = {
  detectQuotes: () => [],
  matchSourceName(name, candidates) {
    let best: { id: string; name: string; exact: boolean; distance: number } | null = null;
    for (const c of candidates) {
      const d = distance(name.toLowerCase(), c.name.toLowerCase());
      if (d <= 2 && (!best || d < best.distance))
        best = { id: c.id, name: c.name, exact: d === 0, distance: d };
    }
    return best;
  },
};

/** A context for a rule test from a body or plain text, with the given detections. */
export function contextFor(
  input: string | ArticleBody,
  detected: DetectedQuote[] = [],
  sources: ReviewSource[] = [],
): ReviewContext {
  const body = typeof input === "string" ? bodyFromText(input) : input;
  return buildContext(body, sources, standInDeps, detected);
}

export function source(extra: Partial<ReviewSource> & { id: string; name: string }): ReviewSource {
  return {
    title: "",
    organization: "",
    standing: "on-record",
    anonymityReason: null,
    reachedVia: "in-person",
    platform: null,
    verified: true,
    ...extra,
  };
}
