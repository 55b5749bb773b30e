// Reading a story before its quotations are attributed: the text with its quotations blanked, its
// paragraphs, sentences, tokens and mentions, the speaker story and the ranking; and where each
// quotation stands in it (its sentence, the words before and after it, its paragraph).

import { findQuoteSpans, isNickname, type QuoteSpan } from "./marks.ts";
import { paragraphSpans, sentenceSpans, type Span } from "../language/sentences.ts";
import { tokenize, type Token } from "../language/tokens.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { markBodies } from "./bodies.ts";
import { createStory, type Story } from "./coref.ts";
import { creditSpans, ownAgencies } from "../language/credits.ts";
import { createRanking, type RankingContext } from "./candidates.ts";
import { firstStartingFrom, lastStartingAtOrBefore } from "../document/offsets.ts";

export interface Reading {
  text: string;
  masked: string;
  quotes: QuoteSpan[];
  paragraphs: Span[];
  sentences: Span[];
  headline: Span | null;
  /** The headline, or a first line in title case with a full stop put after it (its words are kept). */
  headlineLine: Span | null;
  story: Story;
  ranking: RankingContext;
  cues: { text: string; tokens: Token[]; mentions: Mention[] };
}

export function readStory(text: string): Reading | null {
  const spans = findQuoteSpans(text);
  const quotes = spans.filter((q) => !isNickname(text, q));
  if (quotes.length === 0) return null;
  // Nicknames are blanked with their marks, so "Jess "Jet" Adeyemi" reads as one name.
  const masked = maskQuotes(
    text,
    spans.map((q) => (isNickname(text, q) ? { ...q, start: q.markStart, end: q.markEnd } : q)),
  );
  const paragraphs = paragraphSpans(text);
  const sentences = paragraphs.flatMap((p) => sentenceSpans(masked, p));
  const tokens = tokenize(masked);
  const sentenceStarts = new Set<number>();
  // Sentences and tokens are both in text order: one moving index, not a search per sentence.
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    if (k < tokens.length && tokens[k].start < s.end) sentenceStarts.add(tokens[k].start);
  }
  // The story's makers are never its speakers: a byline, a photo credit, the dateline's agency.
  const credits = creditSpans(text);
  const own = ownAgencies(text);
  const byTheStory = (m: Mention): boolean =>
    own.has(m.name.replace(/^the /, "")) || credits.some((c) => c.start <= m.start && m.end <= c.end);
  // A headline's capitals say nothing ("Late Moreno header settles derby"): its words name no one.
  const headline = isHeadline(text, paragraphs) ? paragraphs[0] : null;
  const mentions = markBodies(
    masked,
    tokens,
    findMentions(masked, tokens, sentenceStarts),
    sentenceStarts,
  ).filter((m) => (!headline || m.start >= headline.end) && !byTheStory(m));
  const story = createStory(masked, mentions, sentences);
  const ranking = createRanking(story, paragraphs);
  return {
    text,
    masked,
    quotes,
    paragraphs,
    sentences,
    headline,
    headlineLine: headline ?? titleCasedLine(text, paragraphs),
    story,
    ranking,
    cues: { text: masked, tokens, mentions },
  };
}

/** Where quotation `n` stands: its sentences, the words before and after it, its paragraph. */
export interface Place {
  q: QuoteSpan;
  quoteText: string;
  sentence: Span;
  endSentence: Span;
  /** An earlier quotation in the same sentence. */
  prevInSentence: QuoteSpan | null;
  before: Span;
  after: Span;
  /** Index into the paragraphs, or -1. */
  paragraph: number;
  opensParagraph: boolean;
}

/** `p`: the paragraph of the quote before (quotes move forward through the paragraphs). */
export function placeQuote(r: Reading, n: number, p: number): Place {
  const { quotes, sentences, paragraphs } = r;
  const q = quotes[n];
  const sentence = containing(sentences, q.markStart) ?? { start: q.markStart, end: q.markEnd };
  const endSentence = containing(sentences, Math.max(q.markStart, q.markEnd - 1)) ?? sentence;
  const prev = quotes[n - 1];
  const next = quotes[n + 1];
  const prevInSentence = prev && prev.markEnd > sentence.start && prev.markEnd <= q.markStart ? prev : null;
  const before = { start: prevInSentence ? prevInSentence.markEnd : sentence.start, end: q.markStart };
  const afterEnd = Math.min(endSentence.end, next && next.markStart >= q.markEnd ? next.markStart : Infinity);
  const after = { start: q.markEnd, end: Math.max(q.markEnd, afterEnd) };
  while (p < paragraphs.length && paragraphs[p].end <= q.markStart) p++;
  const paragraph = p < paragraphs.length && q.markStart >= paragraphs[p].start ? p : -1;
  const para = paragraphs[paragraph];
  return {
    q,
    quoteText: r.text.slice(q.start, q.end),
    sentence,
    endSentence,
    prevInSentence,
    before,
    after,
    paragraph,
    opensParagraph: !!para && q.markStart === para.start,
  };
}

/** The span holding `at`, else the last one starting before it (spans are sorted and disjoint). */
export function containing(spans: Span[], at: number): Span | undefined {
  return spans[lastStartingAtOrBefore(spans, at)];
}

/** Index of a sentence span in the list (found by its start), or -1 for a stand-in span. */
export function indexOf(sentences: Span[], s: Span): number {
  const lo = firstStartingFrom(sentences, s.start);
  return sentences[lo]?.start === s.start ? lo : Math.max(0, lo - 1);
}

/**
 * Blanks out quoted words (keeping line breaks and a final . ! ?) so the writer's own text remains.
 * Built from slices in one pass (offsets stay UTF-16 units); spans may touch or overlap.
 */
function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  let out = "";
  let from = 0;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const start = Math.max(q.start, from);
    if (q.end <= start) continue;
    out += text.slice(from, start);
    const inner = text.slice(start, q.end);
    const lastReal = text.slice(q.start, q.end).trimEnd();
    let blanked = inner.replace(/[^\n]/g, " ");
    const at = q.start + lastReal.length - 1 - start;
    if (/[.!?]$/.test(lastReal) && at >= 0)
      blanked = blanked.slice(0, at) + lastReal[lastReal.length - 1] + blanked.slice(at + 1);
    out += blanked;
    from = q.end;
  }
  return out + text.slice(from);
}

/** A short first paragraph with no closing full stop, followed by the story. */
function isHeadline(text: string, paragraphs: Span[]): boolean {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 3) return false;
  const line = text.slice(first.start, first.end);
  // A closing quotation mark may end a headline ("… calls app a 'trap'"), not a sentence.
  return !/[.!?:]["'”’]?$/.test(line) && !line.includes("\n") && line.split(/\s+/).length <= 20;
}

/** "Gingrich Takes Talk Of Being Trump’s VP ‘Very Seriously.’": most of the longer words capitalised. */
function titleCasedLine(text: string, paragraphs: Span[]): Span | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 3) return null;
  const line = text.slice(first.start, first.end);
  if (line.includes("\n") || line.split(/\s+/).length > 20) return null;
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitals / words.length >= 0.7 ? first : null;
}
