// The quote detection pipeline: marks -> sentences -> mentions -> cues -> speakers -> kind -> confidence.

import type { DetectedQuote, QuoteKind, SpeakerCandidate } from "./types.ts";
import { doubledApostrophesAsMarks, type QuoteSpan } from "./marks.ts";
import type { Span } from "../language/sentences.ts";
import { findCue, type Cue } from "./cues.ts";
import {
  fullestBodyName,
  headlineSpeaker,
  resolveMention,
  resolvePronoun,
  type Speaker,
  type Story,
} from "./coref.ts";
import { classifyKind } from "./kind.ts";
import { scoreConfidence } from "./confidence.ts";
import { candidateRows, noteSource, rankCandidates, type Row } from "./candidates.ts";
import { pickSpeaker, withChosen } from "./pick.ts";
import { containing, indexOf, placeQuote, readStory, type Place, type Reading } from "./reading.ts";

export interface DetectOptions {
  /** Sees each quotation's candidate rows (for fitting the ranking weights). */
  onCandidates?: (quote: number, rows: Row[]) => void;
}

export function detectQuotes(typed: string, options: DetectOptions = {}): DetectedQuote[] {
  const text = doubledApostrophesAsMarks(typed);
  const r = readStory(text);
  if (!r) return [];
  const out: DetectedQuote[] = [];
  let last: { speaker: Speaker; paragraph: number } | null = null;
  let p = 0;
  for (let n = 0; n < r.quotes.length; n++) {
    const at = placeQuote(r, n, p);
    p = Math.max(0, at.paragraph);
    const previous = at.prevInSentence ? out[out.length - 1] : null;
    const cue = cueOf(r, at, previous);
    let speaker = ruleSpeaker(r, at, cue, last);
    const { masked } = r;
    // "a spreadsheet labelled "petty cash"": a label, nobody's words.
    const lead = masked.slice(at.before.start, at.before.end);
    const label =
      LABELLED.test(lead) ||
      SCARE.test(lead) ||
      namesAThing(lead, at.quoteText, masked.slice(at.after.start));
    if (label) speaker = null;
    const kind: QuoteKind = classifyKind({
      quote: at.quoteText,
      before: lead,
      after: masked.slice(at.after.start, at.after.end),
      cue,
      previous: previous ? { kind: previous.kind, quote: previous.text } : null,
    });
    let candidates: SpeakerCandidate[] = [];
    if (!label) {
      const site = {
        markStart: at.q.markStart,
        markEnd: at.q.markEnd,
        sentence: indexOf(r.sentences, at.sentence),
        endSentence: indexOf(r.sentences, at.endSentence),
        paragraph: at.paragraph,
        cue,
        rule: speaker,
        last,
      };
      const rows = candidateRows(r.ranking, site);
      options.onCandidates?.(n, rows);
      candidates = rankCandidates(r.ranking, site, rows);
      speaker = pickSpeaker(speaker, cue, candidates, rows, r.story, {
        kind,
        opensParagraph: at.opensParagraph,
      });
    }
    if (speaker && speaker.kind === "body" && speaker.via !== "inherited")
      speaker = { ...speaker, name: fullestBodyName(speaker, at.quoteText) };
    if (speaker && cue && speaker.via !== "inherited" && !cue.reported) noteSubject(r.story, cue, speaker);
    if (speaker) {
      last = { speaker, paragraph: at.paragraph };
      noteSource(r.ranking, speaker.name);
    }
    out.push({
      ...toDetected(text, at.q, at.quoteText, kind, cue, speaker),
      candidates: withChosen(candidates, speaker),
    });
  }
  return text === typed ? out : out.map((q) => withDoubledMarks(typed, q));
}

/** The quotation's cue: in its own sentence, before an earlier label, or a "said:" closing the paragraph before. */
function cueOf(r: Reading, at: Place, previous: DetectedQuote | null): Cue | null {
  const { cues, sentences, paragraphs, masked } = r;
  let cue = findCue(cues, at.quoteText, at.before, at.after);
  // "the bureau said Tandem's "pay-in-four" plans had become "a debt trap"": the label before
  // had no speaker, so the verb before it introduces this quotation.
  if (!cue && previous && previous.speaker === null)
    cue = findCue(cues, at.quoteText, { start: at.sentence.start, end: at.q.markStart }, at.after);
  // "Councillor Nowak said:" closing one paragraph, the quotation opening the next.
  if (!cue && at.opensParagraph && at.paragraph > 0) {
    const lead = containing(sentences, paragraphs[at.paragraph - 1].end - 1);
    if (lead && /:\s*$/.test(masked.slice(lead.start, lead.end)))
      cue = findCue(cues, at.quoteText, lead, at.after);
  }
  return cue;
}

/** Who the rules say spoke: the cue's subject, else the last speaker carried on, else the paragraph's lead. */
function ruleSpeaker(
  r: Reading,
  at: Place,
  cue: Cue | null,
  last: { speaker: Speaker; paragraph: number } | null,
): Speaker | null {
  const { story, paragraphs, masked, headlineLine: headline } = r;
  let speaker = cue?.subject ? resolveMention(story, cue.subject, true) : null;
  if (cue?.subject?.kind === "pronoun") speaker = resolvePronoun(story, cue.subject.name, cue.subject.start);
  // No cue, or a verb with no subject of its own ("… and said the sensor "…""): keep the last speaker.
  if ((!cue || !cue.subject) && last)
    speaker = inherit(last, at.paragraph, paragraphs[at.paragraph], at.q, at.prevInSentence);
  // "Council leader Martin Reyes defended the cuts in a speech …" and the speech opens the next
  // paragraph with no cue: the one the paragraph before showed speaking.
  if (!speaker && !cue && at.opensParagraph && at.paragraph > 0)
    speaker = paragraphLeadSpeaker(story, masked, r.sentences, paragraphs[at.paragraph - 1]);
  if (!speaker && headline && at.q.markStart < headline.end)
    speaker = headlineSpeaker(story, masked.slice(headline.start, headline.end), headline.end);
  return speaker;
}

/** The speaker becomes a sentence subject at the cue, for the pronouns and offices after it. */
function noteSubject(story: Story, cue: Cue, speaker: Speaker): void {
  // Insert in place, after any subject at the same offset (as the stable sort did): re-sorting
  // the whole list per quote was quadratic on long stories.
  let at = story.subjects.length;
  while (at > 0 && story.subjects[at - 1].at > cue.cueStart) at--;
  story.subjects.splice(at, 0, { at: cue.cueStart, speaker, plural: cue.subject?.kind === "group" });
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
