// Paragraph and sentence spans of an article's plain text. Offsets are into the text as given.

import { GROUP_NOUNS, NON_NAME_WORDS, SPEECH_VERBS } from "./words.ts";

export interface Span {
  start: number;
  end: number;
}

/** Paragraphs are separated by blank lines; each span is trimmed of surrounding whitespace. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const breaks = /\n[ \t\r]*\n\s*/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const to = m ? m.index : text.length;
    const span = trimSpan(text, from, to);
    if (span.end > span.start) spans.push(span);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return spans;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

// Abbreviations whose full stop does not end a sentence ("Dr. Hannah Weiss", "Jan. 1").
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen col lt capt sgt st rev jr sr co corp inc ltd no vs etc jan feb " +
    "mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m mt ft smt shri sri thiru tmt det hon cllr supt insp " +
    "adm maj cmdr fr"
  ).split(" "),
);

/**
 * Sentence spans, computed on `masked` text in which quoted words are blanked out, so full stops
 * inside a quotation do not split the sentence that carries it. Quotes that end in . ! ? keep that
 * last character unmasked, which lets `"...region." Baku said` split after the closing mark.
 */
export function sentenceSpans(masked: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let from = paragraph.start;
  const re = /[.!?]+["'”’)\]]*(?=\s+(?:[\p{Lu}\d]|["'“‘(]))/gu;
  re.lastIndex = paragraph.start;
  const body = masked.slice(0, paragraph.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith(".") && isAbbreviation(masked, m.index)) continue;
    if (asksOn(masked, m[0], stop)) continue;
    spans.push(trimSpan(masked, from, stop));
    from = stop;
  }
  const last = trimSpan(masked, from, paragraph.end);
  if (last.end > last.start) spans.push(last);
  return spans;
}

/**
 * ‘“Is it a bribe?” Trump asked.’: a quotation closing on ? or ! and then its speaker and a speech
 * verb (or the verb first, "asked Trump") is one sentence with its attribution.
 */
function asksOn(text: string, stop: string, end: number): boolean {
  if (!/^[!?]+["'”’]/.test(stop)) return false;
  const next = /^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?(\p{Ll}+)\b/u.exec(text.slice(end, end + 80));
  return !!next && SPEECH_VERBS.has(next[1]);
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  // An initial or a run of them: "J. Smith", "M.N. Srinivasan". Not a letter naming a thing at a
  // sentence's end: "lack vitamin D. Researchers", "Vitamin D. Experts say", "Plan B. Officials".
  if (/^\p{Lu}(?:\.\p{Lu})*$/u.test(text.slice(i, dot))) {
    const before = text.slice(Math.max(0, i - 30), i);
    // After a lower-case word ("vitamin D."), not after a given name ("Kenneth P. Cohen").
    if (/(?:^|[\s(])\p{Ll}+\s+$/u.test(before) && !/\b(?:de|van|von|da|del|bin|al)\s+$/.test(before))
      return false;
    const next = /^[.\s"'“‘(]*(\p{L}+)/u.exec(text.slice(dot, dot + 40))?.[1].toLowerCase() ?? "";
    return !(/\p{Lu}\p{Ll}+\s+$/u.test(before) && (GROUP_NOUNS.has(next) || NON_NAME_WORDS.has(next)));
  }
  return ABBREVIATIONS.has(word);
}
