// The quote detection pipeline: marks -> sentences -> mentions -> cues -> speakers -> kind -> confidence.

import type { DetectedQuote, QuoteKind } from "./types.ts";
import { doubledApostrophesAsMarks, findQuoteSpans, isNickname, type QuoteSpan } from "./marks.ts";
import { paragraphSpans, sentenceSpans, type Span } from "../language/sentences.ts";
import { findMentions, tokenize } from "./mentions.ts";
import { markBodies } from "./bodies.ts";
import { findCue, type Cue } from "./cues.ts";
import {
  createStory,
  fullestBodyName,
  headlineSpeaker,
  resolveMention,
  resolvePronoun,
  type Speaker,
  type Story,
} from "./coref.ts";
import { classifyKind } from "./kind.ts";
import { creditSpans, ownAgencies } from "../language/credits.ts";
import { scoreConfidence } from "./confidence.ts";
import { createRanking, candidateRows, noteSource, rankCandidates, type Row } from "./candidates.ts";
import { pickSpeaker, withChosen } from "./pick.ts";
import type { SpeakerCandidate } from "./types.ts";

export interface DetectOptions {
  /** Sees each quotation's candidate rows (for fitting the ranking weights). */
  onCandidates?: (quote: number, rows: Row[]) => void;
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

/** The span holding `at`, else the last one starting before it (spans are sorted and disjoint). */
function containing(spans: Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? spans[lo - 1] : undefined;
}

export function detectQuotes(typed: string, options: DetectOptions = {}): DetectedQuote[] {
  const text = doubledApostrophesAsMarks(typed);
  const spans = findQuoteSpans(text);
  const quotes = spans.filter((q) => !isNickname(text, q));
  if (quotes.length === 0) return [];
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
  const byTheStory = (m: { start: number; end: number; name: string }): boolean =>
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
  const ctx = { text: masked, tokens, mentions };

  const out: DetectedQuote[] = [];
  let lastSpeaker: { speaker: Speaker; paragraph: number } | null = null;
  let p = 0; // the paragraph of the quote, moving forward with the quotes
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n];
    const sentence = containing(sentences, q.markStart) ?? { start: q.markStart, end: q.markEnd };
    const endSentence = containing(sentences, Math.max(q.markStart, q.markEnd - 1)) ?? sentence;
    const prev = quotes[n - 1];
    const next = quotes[n + 1];
    const prevInSentence = prev && prev.markEnd > sentence.start && prev.markEnd <= q.markStart ? prev : null;
    const before = { start: prevInSentence ? prevInSentence.markEnd : sentence.start, end: q.markStart };
    const afterEnd = Math.min(
      endSentence.end,
      next && next.markStart >= q.markEnd ? next.markStart : Infinity,
    );
    const after = { start: q.markEnd, end: Math.max(q.markEnd, afterEnd) };
    const quoteText = text.slice(q.start, q.end);
    while (p < paragraphs.length && paragraphs[p].end <= q.markStart) p++;
    const paragraph = p < paragraphs.length && q.markStart >= paragraphs[p].start ? p : -1;

    let cue = findCue(ctx, quoteText, before, after);
    // "the bureau said Tandem's "pay-in-four" plans had become "a debt trap"": the label before
    // had no speaker, so the verb before it introduces this quotation.
    if (!cue && prevInSentence && out.length > 0 && out[out.length - 1].speaker === null)
      cue = findCue(ctx, quoteText, { start: sentence.start, end: q.markStart }, after);
    // "Councillor Nowak said:" closing one paragraph, the quotation opening the next.
    const para = paragraphs[paragraph];
    if (!cue && para && q.markStart === para.start && paragraph > 0) {
      const lead = containing(sentences, paragraphs[paragraph - 1].end - 1);
      if (lead && /:\s*$/.test(masked.slice(lead.start, lead.end)))
        cue = findCue(ctx, quoteText, lead, after);
    }
    let speaker = cue?.subject ? resolveMention(story, cue.subject, true) : null;
    if (cue?.subject?.kind === "pronoun")
      speaker = resolvePronoun(story, cue.subject.name, cue.subject.start);
    // No cue, or a verb with no subject of its own ("… and said the sensor "…""): keep the last speaker.
    if ((!cue || !cue.subject) && lastSpeaker)
      speaker = inherit(lastSpeaker, paragraph, paragraphs[paragraph], q, prevInSentence);
    // "Council leader Martin Reyes defended the cuts in a speech …" and the speech opens the next
    // paragraph with no cue: the one the paragraph before showed speaking.
    if (!speaker && !cue && para && q.markStart === para.start && paragraph > 0)
      speaker = paragraphLeadSpeaker(story, masked, sentences, paragraphs[paragraph - 1]);
    if (!speaker && headline && q.markStart < headline.end)
      speaker = headlineSpeaker(story, masked.slice(headline.start, headline.end), headline.end);
    // "a spreadsheet labelled "petty cash"": a label, nobody's words.
    const lead = masked.slice(before.start, before.end);
    const label =
      LABELLED.test(lead) || SCARE.test(lead) || namesAThing(lead, quoteText, masked.slice(after.start));
    if (label) speaker = null;
    const previousOut = prevInSentence ? out[out.length - 1] : null;
    const kind: QuoteKind = classifyKind({
      quote: quoteText,
      before: masked.slice(before.start, before.end),
      after: masked.slice(after.start, after.end),
      cue,
      previous: previousOut ? { kind: previousOut.kind, quote: previousOut.text } : null,
    });
    let candidates: SpeakerCandidate[] = [];
    if (!label) {
      const site = {
        markStart: q.markStart,
        markEnd: q.markEnd,
        sentence: indexOf(sentences, sentence),
        endSentence: indexOf(sentences, endSentence),
        paragraph,
        cue,
        rule: speaker,
        last: lastSpeaker,
      };
      const rows = candidateRows(ranking, site);
      options.onCandidates?.(n, rows);
      candidates = rankCandidates(ranking, site, rows);
      speaker = pickSpeaker(speaker, cue, candidates, rows, ranking.story, {
        kind,
        opensParagraph: !!para && q.markStart === para.start,
      });
    }
    if (speaker && speaker.kind === "body" && speaker.via !== "inherited") {
      speaker = { ...speaker, name: fullestBodyName(speaker, quoteText) };
    }
    if (speaker && cue && speaker.via !== "inherited" && !cue.reported) {
      // Insert in place, after any subject at the same offset (as the stable sort did): re-sorting
      // the whole list per quote was quadratic on long stories.
      let at = story.subjects.length;
      while (at > 0 && story.subjects[at - 1].at > cue.cueStart) at--;
      story.subjects.splice(at, 0, { at: cue.cueStart, speaker, plural: cue.subject?.kind === "group" });
    }

    if (speaker) {
      lastSpeaker = { speaker, paragraph };
      noteSource(ranking, speaker.name);
    }
    out.push({
      ...toDetected(text, q, quoteText, kind, cue, speaker),
      candidates: withChosen(candidates, speaker),
    });
  }
  return text === typed ? out : out.map((q) => withDoubledMarks(typed, q));
}

/** A quotation between ''…'': its marks take in both apostrophes. */
function withDoubledMarks(typed: string, q: DetectedQuote): DetectedQuote {
  const opens = typed.startsWith("''", q.markStart - 1);
  const closes = q.closed && typed.startsWith("''", q.markEnd - 1);
  if (!opens && !closes) return q;
  return {
    ...q,
    markStart: opens ? q.markStart - 1 : q.markStart,
    markEnd: closes ? q.markEnd + 1 : q.markEnd,
  };
}

/** Index of a sentence span in the list (found by its start), or -1 for a stand-in span. */
function indexOf(sentences: Span[], s: Span): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo]?.start === s.start ? lo : Math.max(0, lo - 1);
}

/**
 * "Tandem's "pay-in-four" plans": a short quotation between an owner and a noun names the owner's
 * product or scheme; it is nobody's speech.
 */
function namesAThing(lead: string, quote: string, after: string): boolean {
  return (
    /\p{L}['’]s?\s*$/u.test(lead) &&
    /^\s+\p{Ll}+/u.test(after) &&
    !NOT_A_NOUN.test(after) &&
    quote.trim().split(/\s+/).length <= 3 &&
    !/[,.!?…]$/.test(quote.trim())
  );
}

// "the team's "secret weapon" had been": a verb after the quote makes it the subject, not a label.
const NOT_A_NOUN =
  /^\s+(?:had|has|have|was|is|were|are|would|will|could|should|may|might|did|does|do|can|who|which|that|and|or|but|as|in|on|at|of|for|to)\b/;

const LABELLED = /\b(?:labelled|labeled|marked|titled|entitled|headlined|stamped|emblazoned with)\s*$/;
// Scare quotes and names for things: the writer's (or everyone's) words, no one's speech. "Dubbed"
// only after a noun ("a scheme dubbed"): "Ortiz dubbed the plan "…"" has a speaker.
const SCARE =
  /(?:\bso-called|\bso called|\b(?:known|referred to|billed) as|\balso called|\b(?:the|a|its|their|his|her) (?:slogan|motto|hashtag|tagline)|\bsigns? reading|\b(?!(?:he|she|they|it|we|i|who|and|had|has|have)\b)\p{Ll}+ (?:dubbed|nicknamed))\s*$/u;
const SPEAKING = /\b(?:speech|address|remarks|interview|statement|said|says|told|spoke|added|wrote|letter)\b/;

/** The person subject of a paragraph's last sentence, when that sentence has someone speaking. */
function paragraphLeadSpeaker(story: Story, masked: string, sentences: Span[], para: Span): Speaker | null {
  const last = containing(sentences, Math.max(para.start, para.end - 1));
  if (!last || !SPEAKING.test(masked.slice(last.start, last.end))) return null;
  if (/["“”‘’']/.test(masked.slice(para.start, para.end).replace(/\p{L}['’]\p{L}/gu, ""))) return null;
  const subject = story.subjects.find(
    (x) => x.at >= last.start && x.at < last.end && x.speaker.kind === "person" && x.speaker.certain,
  );
  return subject ? { ...subject.speaker, via: "inherited" } : null;
}

/** A short first paragraph with no closing full stop, followed by the story. */
function isHeadline(text: string, paragraphs: Span[]): boolean {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 3) return false;
  const line = text.slice(first.start, first.end);
  // A closing quotation mark may end a headline ("… calls app a 'trap'"), not a sentence.
  return !/[.!?:]["'”’]?$/.test(line) && !line.includes("\n") && line.split(/\s+/).length <= 20;
}

/**
 * No cue of its own: a quote keeps the speaker of the quote before it in the same paragraph, or,
 * when it opens its paragraph, of the quote in the paragraph before (the run-on convention).
 */
function inherit(
  last: { speaker: Speaker; paragraph: number },
  paragraph: number,
  para: Span | undefined,
  q: QuoteSpan,
  prevInSentence: QuoteSpan | null,
): Speaker | null {
  const sameParagraph = last.paragraph === paragraph;
  const opensParagraph = !!para && q.markStart === para.start && last.paragraph === paragraph - 1;
  if (!sameParagraph && !opensParagraph && !prevInSentence) return null;
  return { ...last.speaker, via: "inherited" };
}

function toDetected(
  text: string,
  q: QuoteSpan,
  quoteText: string,
  kind: QuoteKind,
  cue: Cue | null,
  speaker: Speaker | null,
): DetectedQuote {
  return {
    text: quoteText,
    start: q.start,
    end: q.end,
    markStart: q.markStart,
    markEnd: q.markEnd,
    closed: q.closed,
    kind,
    speaker: speaker?.name ?? null,
    speakerKind: speaker?.kind ?? null,
    cue: cue ? text.slice(cue.cueStart, cue.cueEnd) : null,
    cueStart: cue?.cueStart ?? null,
    cueEnd: cue?.cueEnd ?? null,
    channel: cue?.channel ?? null,
    confidence: scoreConfidence(kind, q.closed, cue, speaker),
    parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
  };
}
