// Detection results turned into suggestions an editor can act on: which to show, which
// library source a suggested speaker probably is, and what to call a new source.
import { matchSourceName, type DetectedQuote, type SourceMatch } from "../../shared/quotes/index.ts";
import { quoteFingerprint } from "./fingerprint.ts";

export interface Suggestion {
  fingerprint: string;
  quote: DetectedQuote;
}

export interface TextRange {
  start: number;
  end: number;
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** The quote's words per paragraph (run-on quotes have several parts). */
export function partsOf(quote: DetectedQuote): TextRange[] {
  return quote.parts?.length ? quote.parts : [{ start: quote.start, end: quote.end }];
}

/**
 * What to suggest: every detected quote not rejected before and not already tagged
 * (touching a tagged quotation counts: the editor has dealt with those words).
 */
export function pendingSuggestions(
  detected: DetectedQuote[],
  rejected: ReadonlySet<string>,
  tagged: TextRange[],
): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const quote of detected) {
    if (quote.end <= quote.start) continue;
    const fingerprint = quoteFingerprint(quote.text);
    if (rejected.has(fingerprint) || seen.has(fingerprint)) continue;
    if (partsOf(quote).some((part) => tagged.some((t) => overlaps(part, t)))) continue;
    seen.add(fingerprint);
    out.push({ fingerprint, quote });
  }
  return out;
}

/** Suggestions an "Accept all above" acts on. */
export function aboveThreshold<S extends Suggestion>(suggestions: S[], threshold: number): S[] {
  return suggestions.filter((s) => s.quote.confidence >= threshold);
}

/** Words worth searching the library for when matching a speaker: given name and surname. */
export function speakerSearchWords(speaker: string): string[] {
  const words = speaker
    .replace(/^the\s+/i, "")
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, "").replace(/[^\p{L}\p{N}-]/gu, ""))
    .filter((w) => w.length >= 3);
  if (words.length === 0) return [];
  return [...new Set([words[words.length - 1], words[0]])];
}

/** A new source's name from a suggested speaker: "the defense ministry" -> "Defense ministry". */
export function sourceNameFor(speaker: string): string {
  const name = speaker
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The library source a speaker probably is, trying the name as written and as a source would be named. */
export function matchSpeaker(
  speaker: string,
  candidates: { id: string; name: string }[],
): SourceMatch | null {
  return matchSourceName(speaker, candidates) ?? matchSourceName(sourceNameFor(speaker), candidates);
}

/** The shown warning when the story spells a matched source differently. */
export function spellingWarning(match: SourceMatch | null): string | null {
  return match && !match.exact ? `Spelling differs from the library's “${match.name}”` : null;
}

const OPENING = /^[\s"“”„«»‘’‚]+/;
const CLOSING = /[\s"“”«»‘’]+$/;

/**
 * A hand selection narrowed to the quoted words: surrounding spaces and quotation marks
 * are left outside the tag, as detection does. Apostrophes inside words are kept.
 */
export function trimToQuotedWords(text: string, range: TextRange): TextRange {
  const slice = text.slice(range.start, range.end);
  const lead = OPENING.exec(slice)?.[0].length ?? 0;
  const rest = slice.slice(lead);
  const trail = CLOSING.exec(rest)?.[0].length ?? 0;
  if (lead + trail >= slice.length) return range;
  return { start: range.start + lead, end: range.end - trail };
}

/** One speaker the editor can pick for a suggestion, with the library source it probably is. */
export interface SpeakerOption {
  name: string;
  kind: "person" | "body";
  match: SourceMatch | null;
}

/** At or above this the detector's pick is pre-selected; below it the suggestion says it is unsure. */
export const CONFIDENT_AT = 0.7;

/**
 * The speakers a suggestion offers, best first: the detector's speaker, then the ranking's next
 * candidates (up to two), and whether the best one is sure enough to pre-select.
 */
export function speakerOptions(
  quote: DetectedQuote,
  match: (name: string) => SourceMatch | null,
): { options: SpeakerOption[]; confident: boolean } {
  const names: { name: string; kind: "person" | "body" }[] = [];
  if (quote.speaker) names.push({ name: quote.speaker, kind: quote.speakerKind ?? "person" });
  for (const c of quote.candidates ?? [])
    if (names.length < 3 && !names.some((n) => n.name === c.name)) names.push({ name: c.name, kind: c.kind });
  const options = names.map((n) => ({ ...n, match: match(n.name) }));
  return { options, confident: quote.speaker !== null && quote.confidence >= CONFIDENT_AT };
}

/** The suggestion as it would be accepted with another speaker. */
export function withSpeaker<S extends Suggestion & { match: SourceMatch | null }>(
  s: S,
  option: SpeakerOption,
): S {
  return { ...s, quote: { ...s.quote, speaker: option.name, speakerKind: option.kind }, match: option.match };
}
