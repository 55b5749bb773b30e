// The parts of an attribution cue: who a speech verb belongs to (the mention before it, the head
// of an apposition, past a parenthesis), the channel it names, and the cue record itself. cues.ts
// decides which verb is the quotation's cue; this module reads the words around that verb.

import { FRAMING_VERBS, SOCIAL_CHANNELS, SPEECH_VERBS, VERB_FILLERS } from "../language/words.ts";
import { opensApposition, type Mention, type Token } from "./mentions.ts";
import type { Span } from "../language/sentences.ts";
import { firstStartingFrom } from "../document/offsets.ts";

export interface Cue {
  side: "before" | "after";
  verb: string;
  verbStart: number;
  verbEnd: number;
  subject: Mention | null;
  /** The verb introduces the quote itself (said: "…", "…," she said), not a fragment inside a clause. */
  direct: boolean;
  /** A speech verb rather than a framing one ("called", "described as"). */
  speech: boolean;
  cueStart: number;
  cueEnd: number;
  channel: string | null;
  /** Words someone else was heard saying ("heard Stahl yell"): the one heard is no sentence subject. */
  reported?: boolean;
}

const CHANNEL_RE = new RegExp(
  `^\\s+(?:on|via|in an? (?:post|message|video|tweet|statement|broadcast) on)\\s+(${SOCIAL_CHANNELS.map((c) =>
    c.replace(/ /g, "\\s+"),
  ).join("|")})\\b`,
);
const STATEMENT_RE = /^\s+in an? (?:statement|interview|tweet|post|letter|note|ruling|email|video)\b/;

export interface CueContext {
  text: string;
  tokens: Token[];
  mentions: Mention[];
}

export const isVerb = (t: Token): boolean => SPEECH_VERBS.has(t.lower) && !t.capital;
/** "the study added to "a growing body of evidence"": adding to something is no speech. */
export const addsTo = (ctx: CueContext, i: number): boolean =>
  /^add(?:s|ed|ing)?$/.test(ctx.tokens[i].lower) && ctx.tokens[i + 1]?.lower === "to";
export const isFraming = (t: Token): boolean => FRAMING_VERBS.has(t.lower) && !t.capital;
export const isAccordingTo = (tokens: Token[], i: number): boolean =>
  tokens[i].lower === "according" && tokens[i + 1]?.lower === "to";

export function tokensIn(ctx: CueContext, span: Span): number[] {
  const out: number[] = [];
  for (
    let i = firstStartingFrom(ctx.tokens, span.start);
    i < ctx.tokens.length && ctx.tokens[i].start < span.end;
    i++
  )
    if (ctx.tokens[i].end <= span.end) out.push(i);
  return out;
}

export function mentionsIn(ctx: CueContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (
    let i = firstStartingFrom(ctx.mentions, start);
    i < ctx.mentions.length && ctx.mentions[i].start < end;
    i++
  )
    if (ctx.mentions[i].end <= end) out.push(ctx.mentions[i]);
  return out;
}

export function insideMention(ctx: CueContext, t: Token): boolean {
  const m = ctx.mentions[firstStartingFrom(ctx.mentions, t.start + 1) - 1];
  return !!m && m.start < t.start && m.end >= t.end;
}

const PAREN_BEFORE = /\s*\([^()\n]{1,40}\)[\s,]*$/;

/** The subject of the verb at token `v`: the mention right before it, else the first in the clause. */
export function subjectBefore(ctx: CueContext, v: number, clauseStart: number): Mention | null {
  let j = v - 1;
  while (j >= 0 && ctx.tokens[j].start >= clauseStart && VERB_FILLERS.has(ctx.tokens[j].lower)) j--;
  // "Gov. John Kasich (R-OH), said", "Jane Roe (@janeroe) wrote": a parenthesis before the verb
  // describes the subject before it; the subject ends where the parenthesis opens.
  let subjectEnd = ctx.tokens[j + 1].start;
  const paren = PAREN_BEFORE.exec(ctx.text.slice(Math.max(clauseStart, subjectEnd - 60), subjectEnd));
  if (paren) {
    subjectEnd -= paren[0].length;
    while (j >= 0 && ctx.tokens[j].end > subjectEnd) j--;
  }
  const t = ctx.tokens[j];
  // "funded by the Natural Environment Research Council, which said": the relative's antecedent
  // speaks, though it followed a preposition.
  if (t && t.start >= clauseStart && (t.lower === "which" || t.lower === "who") && j > 0) {
    const p = ctx.tokens[j - 1];
    const m = ctx.mentions[firstStartingFrom(ctx.mentions, p.start + 1) - 1];
    if (
      m &&
      m.end >= p.start + p.word.length &&
      // A group takes a restrictive "who" with no comma: "Republicans who had called it".
      (/^,\s*$/.test(ctx.text.slice(m.end, t.start)) ||
        (m.kind === "group" && /^\s+$/.test(ctx.text.slice(m.end, t.start)))) &&
      m.kind !== "pronoun"
    )
      return m;
  }
  if (t && t.start >= clauseStart) {
    const gap = ctx.text.slice(t.end, subjectEnd);
    const m = ctx.mentions[firstStartingFrom(ctx.mentions, t.start + 1) - 1];
    if (
      m &&
      m.end >= t.start + t.word.length &&
      /^[\s,]*$/.test(gap) &&
      (!m.afterPreposition || withAbsolute(ctx, m, v))
    )
      return appositionHead(ctx, m, clauseStart, gap) ?? m;
  }
  const verbStart = ctx.tokens[v].start;
  // "The company's results come a week after rival Harlow Foods … said": an owner is not the sayer.
  const open = mentionsIn(ctx, clauseStart, verbStart).filter((x) => !x.afterPreposition);
  return open.find((x) => !isPossessor(ctx.text, x)) ?? open[0] ?? null;
}

/** "…, with Arizona's governor calling the plan": "with" opens a clause whose subject is its object. */
function withAbsolute(ctx: CueContext, m: Mention, v: number): boolean {
  const before = ctx.tokens[firstStartingFrom(ctx.tokens, m.start) - 1];
  return before?.lower === "with" && /ing$/.test(ctx.tokens[v].lower);
}

/**
 * "Sofia Lindgren, an analyst at the consultancy Arden Partners, said": the name before the comma
 * that opens the apposition speaks, not the last name inside it.
 */
function appositionHead(ctx: CueContext, m: Mention, clauseStart: number, gap: string): Mention | null {
  if (!gap.includes(",")) return null;
  return (
    ctx.mentions.find(
      (x) => x.start >= clauseStart && x.end < m.start && !x.afterPreposition && opensApposition(ctx.text, x),
    ) ?? null
  );
}

// Lower-case words between a modifier and the person it describes: "delegate", "co-host",
// "nutritional-supplement executive", "1st Lt.", "ranking".
// A comma may close the description: "another Twitter user, Johanna Bayer", "Trump's Virginia state
// director, Mike Rubino".
const DESCRIBING = /^(?:\s+(?:\p{Ll}[\p{L}-]*|\d+(?:st|nd|rd|th)|\p{Lu}\p{Ll}{0,3}\.)){1,5},?\s+$/u;
const NOT_DESCRIBING =
  /\s(?:in|on|at|to|of|for|with|by|from|and|or|but|who|which|that|as|than|told|said|says|asked|called|after|before|while)\s/;

/**
 * The person a phrase names: "Virginia delegate Beau Correll", "Florida-based Republican
 * strategist Al Cardenas", "Judicial Watch president Tom Fitton" (a place, body or party in front
 * only describes the name at the phrase's end); "Tad Devine, Sanders's chief strategist," and
 * "Jack Dorsey, Twitter's chief executive," (an owner's role in apposition describes the name
 * before it).
 */
function headOfPhrase(ctx: CueContext, m: Mention): Mention {
  if (m.kind === "pronoun") return m;
  const at = firstStartingFrom(ctx.mentions, m.end);
  // Lower-case mentions between are part of the description ("Huckabee campaign spokesman").
  let n = at;
  while (n < at + 2 && ctx.mentions[n] && /^\p{Ll}/u.test(ctx.text.slice(ctx.mentions[n].start))) n++;
  const next = ctx.mentions[n];
  const between = next ? ctx.text.slice(m.end, next.start) : "";
  if (next?.kind === "person" && DESCRIBING.test(between) && !NOT_DESCRIBING.test(between)) return next;
  if (m.kind === "person") return m;
  const prev = ctx.mentions[at - 1] === m ? ctx.mentions[at - 2] : ctx.mentions[at - 1];
  if (
    prev &&
    prev.kind === "person" &&
    prev.end < m.start &&
    /^,\s+$/.test(ctx.text.slice(prev.end, m.start)) &&
    /^\S+['’]s?\s+\p{Ll}/u.test(ctx.text.slice(m.start, m.end)) &&
    /^,/.test(ctx.text.slice(m.end, m.end + 1))
  )
    return prev;
  return m;
}

/** "the study's", "Hampshire's": owns what follows, so it is not the one speaking. */
export const isPossessor = (text: string, m: Mention): boolean =>
  /['’]s?$/.test(text.slice(m.start, m.end)) || /^['’]/.test(text.slice(m.end, m.end + 1));

/** The subject of a colon introduction: a person before a body, a name before a possessor. */
export function clauseSubject(ctx: CueContext, span: Span): Mention | null {
  const candidates = mentionsIn(ctx, span.start, span.end).filter(
    (m) => !m.afterPreposition && !isPossessor(ctx.text, m),
  );
  return candidates.find((m) => m.kind === "person") ?? candidates.find((m) => m.kind !== "body") ?? null;
}

function channelAfter(ctx: CueContext, verb: Token): { channel: string | null; end: number } {
  const rest = ctx.text.slice(verb.end, verb.end + 60);
  const c = CHANNEL_RE.exec(rest);
  if (c) {
    const name =
      SOCIAL_CHANNELS.find((x) => x.toLowerCase() === c[1].replace(/\s+/g, " ").toLowerCase()) ?? c[1];
    return { channel: name === "Twitter" ? "X" : name, end: verb.end + c[0].length };
  }
  if (/^\s+in a tweet\b/.test(rest) || verb.lower === "tweeted") {
    return { channel: "X", end: verb.end + (/^\s+in a tweet/.exec(rest)?.[0].length ?? 0) };
  }
  const s = STATEMENT_RE.exec(rest);
  return { channel: null, end: s ? verb.end + s[0].length : verb.end };
}

export function makeCue(
  ctx: CueContext,
  side: Cue["side"],
  v: number,
  found: Mention | null,
  direct: boolean,
): Cue {
  const subject = found && headOfPhrase(ctx, found);
  const verb = ctx.tokens[v];
  const according = isAccordingTo(ctx.tokens, v);
  const verbEnd = according ? ctx.tokens[v + 1].end : verb.end;
  const { channel, end } = according ? { channel: null, end: verbEnd } : channelAfter(ctx, verb);
  // Pronoun and role subjects read as part of the cue ("she said", "a spokeswoman said").
  const adjacent =
    subject &&
    (subject.kind === "pronoun" || subject.kind === "role") &&
    subject.end <= verb.start &&
    /^[\s,]*$/.test(ctx.text.slice(subject.end, verb.start));
  const cueStart = adjacent && subject ? subject.start : verb.start;
  return {
    side,
    verb: according ? "according to" : verb.lower,
    verbStart: verb.start,
    verbEnd,
    subject,
    direct,
    speech: according || isVerb(verb),
    cueStart,
    cueEnd: end,
    channel,
  };
}

// Words after a dash that make it an attribution: "that was how …", "the words of …", "… said".
export const DASH_ATTRIBUTION =
  /\b(?:how|words|verdict|view|said|says|told|according|put it|described|summed|remembered|recalled|reflected)\b/;

/** A cue without a speech verb: a colon introduction or a dash attribution. */
export function plainCue(side: Cue["side"], subject: Mention, start: number, end: number): Cue {
  return {
    side,
    verb: "",
    verbStart: start,
    verbEnd: end,
    subject,
    direct: true,
    speech: true,
    cueStart: Math.min(start, subject.start),
    cueEnd: Math.max(end, subject.end),
    channel: null,
  };
}
