// Scores detected quotations against an editor's annotations: quote precision and recall (a
// detection matches an annotation when its text begins with the annotated opening words), and
// speaker and kind accuracy over the matched pairs.

import type { DetectedQuote, QuoteKind } from "./types.ts";

export interface ExpectedQuote {
  /** The opening words of the quotation, as printed. */
  start: string;
  /** Expected speaker; null when the story gives none. */
  speaker: string | null;
  /** Other acceptable speakers (null allowed). */
  alt?: (string | null)[];
  kind: QuoteKind;
  channel?: string;
}

export interface Annotation {
  style: string;
  quotes: ExpectedQuote[];
}

export interface Score {
  expected: number;
  detected: number;
  matched: number;
  speakerCorrect: number;
  kindCorrect: number;
  precision: number;
  recall: number;
  speakerAccuracy: number;
  kindAccuracy: number;
  misses: string[];
  extras: string[];
  wrongSpeakers: string[];
}

const norm = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const normSpeaker = (s: string | null): string | null => (s === null ? null : norm(s).replace(/^the /, ""));

export function speakerMatches(expected: ExpectedQuote, got: string | null): boolean {
  const options = [expected.speaker, ...(expected.alt ?? [])].map(normSpeaker);
  return options.includes(normSpeaker(got));
}

export function scoreQuotes(detected: DetectedQuote[], expected: ExpectedQuote[]): Score {
  const used = new Set<number>();
  let speakerCorrect = 0;
  let kindCorrect = 0;
  const misses: string[] = [];
  const wrongSpeakers: string[] = [];
  for (const e of expected) {
    const i = detected.findIndex((d, k) => !used.has(k) && norm(d.text).startsWith(norm(e.start)));
    if (i < 0) {
      misses.push(e.start);
      continue;
    }
    used.add(i);
    if (speakerMatches(e, detected[i].speaker)) speakerCorrect++;
    else wrongSpeakers.push(`${e.start}: expected ${e.speaker}, got ${detected[i].speaker}`);
    if (detected[i].kind === e.kind) kindCorrect++;
  }
  const matched = used.size;
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    expected: expected.length,
    detected: detected.length,
    matched,
    speakerCorrect,
    kindCorrect,
    precision: ratio(matched, detected.length),
    recall: ratio(matched, expected.length),
    speakerAccuracy: ratio(speakerCorrect, matched),
    kindAccuracy: ratio(kindCorrect, matched),
    misses,
    extras: detected.filter((_, k) => !used.has(k)).map((d) => d.text.slice(0, 40)),
    wrongSpeakers,
  };
}

/** Sums several scores into one (micro-averaged). */
export function combineScores(scores: Score[]): Score {
  const sum = (f: (s: Score) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.expected);
  const detected = sum((s) => s.detected);
  const matched = sum((s) => s.matched);
  const speakerCorrect = sum((s) => s.speakerCorrect);
  const kindCorrect = sum((s) => s.kindCorrect);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    expected,
    detected,
    matched,
    speakerCorrect,
    kindCorrect,
    precision: ratio(matched, detected),
    recall: ratio(matched, expected),
    speakerAccuracy: ratio(speakerCorrect, matched),
    kindAccuracy: ratio(kindCorrect, matched),
    misses: scores.flatMap((s) => s.misses),
    extras: scores.flatMap((s) => s.extras),
    wrongSpeakers: scores.flatMap((s) => s.wrongSpeakers),
  };
}
