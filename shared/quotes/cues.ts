// Finds the attribution cue of a quotation: the speech verb and its subject, after the quote
// ("…," she said), before it (Zakharova said: "…"), or between two halves ("…," she said, "…").

import { blank, type Mention, type Token } from "./mentions.ts";
import type { Span } from "../language/sentences.ts";
import { firstStartingFrom } from "../document/offsets.ts";
import {
  DASH_ATTRIBUTION,
  addsTo,
  clauseSubject,
  insideMention,
  isAccordingTo,
  isFraming,
  isPossessor,
  isVerb,
  makeCue,
  mentionsIn,
  plainCue,
  subjectBefore,
  tokensIn,
  type Cue,
  type CueContext,
} from "./cueSubject.ts";

export type { Cue, CueContext } from "./cueSubject.ts";

/**
 * `before`: the stretch of the quote's sentence before its opening mark (after any earlier quote);
 * `after`: the stretch after its closing mark up to the sentence end or the next quote.
 */
export function findCue(ctx: CueContext, quoteText: string, before: Span, after: Span): Cue | null {
  const b = tokensIn(ctx, before);
  const a = tokensIn(ctx, after);

  // "Webb said he heard Stahl yell "…"": the one heard speaks, not the witness.
  const heard = reportedSpeech(ctx, b);
  if (heard) return heard;

  // Before: the last verb, and whether it introduces the quote directly ("said:", "told the BBC:").
  let lastVerb = -1;
  for (const i of b)
    if (
      (isVerb(ctx.tokens[i]) && !addsTo(ctx, i)) ||
      isFraming(ctx.tokens[i]) ||
      isAccordingTo(ctx.tokens, i)
    )
      lastVerb = i;
  let directBefore = false;
  if (lastVerb >= 0 && isVerb(ctx.tokens[lastVerb])) {
    const rest = ctx.text.slice(ctx.tokens[lastVerb].end, before.end).trim();
    const restWords = b.filter((i) => i > lastVerb).length;
    directBefore = rest === "" || (restWords <= 6 && /[:,]$/.test(rest));
  }
  if (directBefore) {
    return makeCue(ctx, "before", lastVerb, subjectBefore(ctx, lastVerb, before.start), true);
  }

  // After: "…," Mayor Angela Ruiz said / said Tobias Reimann / according to the ministry.
  const speechLike = b.length === 0 || /[,?!…]$/.test(quoteText.trim());
  // "After Scalia said minorities might do better at "less advanced schools," Trump said: "…"": a
  // verb ending on a colon introduces the next quotation, not this one.
  const introducesNext = lastVerb >= 0 && /:\s*$/.test(ctx.text.slice(after.start, after.end));
  if (
    speechLike &&
    !introducesNext &&
    a.length > 0 &&
    /^[\s,]*$/.test(ctx.text.slice(after.start, ctx.tokens[a[0]].start))
  ) {
    const next = cueRightAfter(ctx, a, after);
    if (next) return next;
  }

  // A dash and the speaker after the quote: "…" — that was how Mr Pritchard described it.
  const dash = /^\s*[—–]\s+/.exec(ctx.text.slice(after.start, after.end));
  if (dash && a.length > 0 && DASH_ATTRIBUTION.test(ctx.text.slice(after.start, after.end))) {
    const subject = clauseSubject(ctx, after);
    if (subject)
      return plainCue("after", subject, after.start + dash[0].indexOf(dash[0].trim()), subject.end);
  }

  // Inside a clause: urged the two countries to "end bloodshed"; a step she described as "…".
  // A colon makes any verb direct ("Asked whether …, he said the club had one answer:").
  const colon = /:\s*$/.test(ctx.text.slice(before.start, before.end));
  if (lastVerb >= 0 && colon) return colonCue(ctx, lastVerb, before);
  // No verb at all: "Councillor Bethan O’Neill was blunt: ‘…’" — the clause's subject speaks.
  if (colon) {
    const subject = clauseSubject(ctx, before);
    if (subject) return plainCue("before", subject, subject.end, ctx.text.lastIndexOf(":", before.end) + 1);
  }
  if (lastVerb >= 0)
    return makeCue(ctx, "before", lastVerb, subjectBefore(ctx, lastVerb, before.start), false);
  return trailingCue(ctx, a, after);
}

/** "…," Mayor Angela Ruiz said / said Tobias Reimann / according to the ministry: the words right after. */
function cueRightAfter(ctx: CueContext, a: number[], after: Span): Cue | null {
  for (let n = 0; n < Math.min(a.length, 12); n++) {
    const i = a[n];
    const t = ctx.tokens[i];
    if (isAccordingTo(ctx.tokens, i) || (isVerb(t) && n === 0)) {
      const from = ctx.tokens[isAccordingTo(ctx.tokens, i) ? i + 1 : i].end;
      // "said the study's lead author, Dr Yusuf Demir": skip a possessor to the name.
      const subject = mentionsIn(ctx, from, after.end).find((m) => !isPossessor(ctx.text, m)) ?? null;
      if (subject) return makeCue(ctx, "after", i, subject, true);
      break;
    }
    if (isVerb(t)) {
      const subject = subjectBefore(ctx, i, after.start);
      if (subject) return makeCue(ctx, "after", i, subject, true);
      break;
    }
    if (
      isFraming(t) ||
      (/^(?:and|but|who|which|that|was|is|were|are|has|had|have|will|would)$/.test(t.lower) &&
        !insideMention(ctx, t)) // "the Health and Safety Executive said": part of a name
    )
      break;
  }
  return null;
}

/** A colon after a verb in the sentence makes it direct ("Asked whether …, he said the club had one answer:"). */
function colonCue(ctx: CueContext, lastVerb: number, before: Span): Cue {
  // "When Trump suggested Cuba would sue, Rubio fired back forcefully: "…"": the verb sits in a
  // clause before; the clause that ends on the colon has a subject of its own.
  const lastComma = ctx.text.lastIndexOf(",", before.end);
  if (lastComma > ctx.tokens[lastVerb].end) {
    const own = clauseSubject(ctx, { start: lastComma + 1, end: before.end });
    if (own && own.kind !== "pronoun")
      return plainCue("before", own, own.end, ctx.text.lastIndexOf(":", before.end) + 1);
  }
  return makeCue(ctx, "before", lastVerb, subjectBefore(ctx, lastVerb, before.start), true);
}

/**
 * A phrase quoted inside a sentence that closes on its speaker: Clinton "drew quite well from
 * white, working-class Democrats" in the 2008 primary, said Ohio State University professor Paul
 * Beck. / He "felt a moral obligation", Axelrod said. / Trump's "excesses" are sickening, Hollande
 * said Tuesday, noting … The cue is one of the last comma-led clauses: a speech verb then the
 * speaker, or the speaker then a speech verb with nothing after it but when or where.
 */
function trailingCue(ctx: CueContext, a: number[], after: Span): Cue | null {
  const tail = ctx.text.slice(after.start, after.end);
  // The last commas first: "…, said Brad Bannon, a Democratic pollster." has its verb a comma back.
  for (
    let comma = tail.lastIndexOf(","), n = 0;
    comma >= 0 && n < 3;
    comma = tail.lastIndexOf(",", comma - 1), n++
  ) {
    const from = after.start + comma + 1;
    const clause = a.filter((i) => ctx.tokens[i].start >= from);
    if (clause.length === 0 || clause.length > 14) return null;
    const first = ctx.tokens[clause[0]];
    if (isVerb(first) && !addsTo(ctx, clause[0])) {
      const subject = mentionsIn(ctx, first.end, after.end).find((m) => !isPossessor(ctx.text, m));
      if (subject && subject.start - first.end < 3) return makeCue(ctx, "after", clause[0], subject, true);
      // "…, Steve Elmendorf, a strategist, said.": the name before the apposition speaks.
      if (!subject && onlyTimeOrPlace(ctx, clause.slice(1)))
        return speakerBefore(ctx, clause[0], after.start);
      continue;
    }
    const verbAt = clause.findIndex((i) => isVerb(ctx.tokens[i]));
    if (verbAt < 1 || verbAt > 6 || !onlyTimeOrPlace(ctx, clause.slice(verbAt + 1))) continue;
    return speakerBefore(ctx, clause[verbAt], from);
  }
  return null;
}

/** "…, Axelrod said." or "…, Axelrod said in an interview on Monday.": nothing but when or where follows. */
function onlyTimeOrPlace(ctx: CueContext, rest: number[]): boolean {
  return rest.length === 0 || TIME_OR_PLACE.test(ctx.tokens[rest[0]].lower);
}
const TIME_OR_PLACE =
  /^(?:in|on|at|during|after|before|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The named subject of the closing verb: "it, Steve Elmendorf, a strategist, said" is not "he". */
function speakerBefore(ctx: CueContext, v: number, clauseStart: number): Cue | null {
  let subject = subjectBefore(ctx, v, clauseStart);
  if (subject?.kind === "pronoun")
    subject =
      mentionsIn(ctx, clauseStart, ctx.tokens[v].start).find(
        (m) => m.kind !== "pronoun" && !m.afterPreposition && !isPossessor(ctx.text, m),
      ) ?? null;
  return subject ? makeCue(ctx, "after", v, subject, true) : null;
}

// Perception verbs that report someone else's words, and the bare forms that follow the one heard.
const PERCEIVING = new Set([
  "heard",
  "hear",
  "hears",
  "hearing",
  "overheard",
  "saw",
  "watched",
  "remembers",
  "remembered",
]);
const BARE_SPEECH = new Set([
  "yell",
  "yelling",
  "shout",
  "shouting",
  "scream",
  "screaming",
  "say",
  "saying",
  "tell",
  "telling",
  "ask",
  "asking",
  "cry",
  "crying",
  "mutter",
  "muttering",
  "whisper",
  "whispering",
  "call",
  "calling",
  "threaten",
  "threatening",
]);

/**
 * "heard Stahl yell "…"", "saw Pyle wave at the bay and scream "…"", "heard his supervisor shout
 * "…"": a perception verb, the one perceived, a bare speech verb and the quote close behind.
 */
function reportedSpeech(ctx: CueContext, b: number[]): Cue | null {
  for (let n = b.length - 1; n >= 1 && b.length - n <= 6; n--) {
    const v = b[n];
    if (!BARE_SPEECH.has(ctx.tokens[v].lower)) continue;
    for (let k = n - 1; k >= 0 && n - k <= 10; k--) {
      const p = ctx.tokens[b[k]];
      if (!PERCEIVING.has(p.lower)) continue;
      const next = ctx.tokens[b[k] + 1];
      if (!next || !/^\s+$/.test(ctx.text.slice(p.end, next.start))) return null;
      const who = perceived(ctx, next, b[k] + 1);
      if (!who) return null;
      const cue = makeCue(ctx, "before", v, who, true);
      return { ...cue, speech: true, cueStart: who.start, reported: true };
    }
    return null;
  }
  return null;
}

/** The mention starting at `t`, or a possessive role with no name ("his supervisor", "her mother"). */
function perceived(ctx: CueContext, t: Token, i: number): Mention | null {
  const m = ctx.mentions[firstStartingFrom(ctx.mentions, t.start)];
  if (m && m.start === t.start && m.kind !== "pronoun") return m;
  const role = ctx.tokens[i + 1];
  // Any noun will do after the possessive: "his supervisor", "her mother", "their landlord".
  if (!/^(?:his|her|their|my|our)$/.test(t.lower) || !role || role.capital || !/^\p{Ll}+$/u.test(role.text))
    return null;
  return blank("role", t.start, role.end, `${t.lower} ${role.lower}`);
}
