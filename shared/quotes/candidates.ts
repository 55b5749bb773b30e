// Speakers as ranked candidates: for one quotation, the people and bodies named near it, each with
// features (the rules' pick, the cue, distance, sentence role, paragraph carry-over, gender
// agreement, salience, already a source), scored with the weights that electron/dev/fitSpeakers.ts
// fits on annotated news and writes to speaker-weights.json. The rules stay in charge where they
// name someone; the ranking fills in where they abstain and offers the editor the next choices.

import type { SpeakerCandidate } from "./types.ts";
import type { Cue } from "./cues.ts";
import { resolveMention, type Speaker, type Story } from "./coref.ts";
import { opensApposition, type Mention } from "./mentions.ts";
import type { Span } from "../language/sentences.ts";
import { SPEECH_VERBS } from "../language/words.ts";
import weights from "./speaker-weights.json" with { type: "json" };
import { firstStartingFromBy } from "../document/offsets.ts";

export const FEATURES = [
  "bias",
  "rule",
  "cueSubject",
  "last",
  "lastNear",
  "sameSentence",
  "prevSentence",
  "sentencesBack",
  "after",
  "charsAway",
  "samePara",
  "prevPara",
  "subject",
  "beforeVerb",
  "person",
  "body",
  "uncertain",
  "salience",
  "source",
  "genderAgrees",
  "genderClashes",
  "afterPreposition",
  "possessor",
  "nearestPerson",
  "paraFirstPerson",
  "appositionHead",
  "beforeCueVerb",
  "afterCueVerb",
  "firstInSentence",
  "place",
  "oneWord",
  "titled",
  "sentenceInitial",
  "ruleInherited",
  "ruleGuess",
  "ruleDirectCue",
  "ruleNoCue",
] as const;
export type FeatureName = (typeof FEATURES)[number];

interface Weights {
  features: string[];
  weights: number[];
  /** Below this probability the ranking does not name a speaker where the rules abstained. */
  fillAt: number;
  /** How much more probable the ranking's top must be to replace a weak rule pick. */
  overrideBy: number;
}
const model = weights as Weights;
const W = FEATURES.map((f) => model.weights[model.features.indexOf(f)] ?? 0);

export interface QuoteSite {
  markStart: number;
  markEnd: number;
  sentence: number;
  /** The sentence holding the closing mark (a cue after the quote stands there). */
  endSentence: number;
  paragraph: number;
  cue: Cue | null;
  rule: Speaker | null;
  last: { speaker: Speaker; paragraph: number } | null;
}

/** A mention that can name a speaker, with what the ranking reads about it once per story. */
interface Named {
  m: Mention;
  s: Speaker;
  sentence: number;
  paragraph: number;
  subject: boolean;
  first: boolean;
  /** A speech verb within the next words ("Okafor, 52, said"). */
  beforeVerb: boolean;
  possessor: boolean;
  apposition: boolean;
}

/** What the ranking needs to know about the story, built once per detection. */
export interface RankingContext {
  story: Story;
  paragraphs: Span[];
  /** Mentions that can name a speaker, with their resolution and sentence, in text order. */
  named: Named[];
  /** How often each name is mentioned, and how often it has been given a quote so far. */
  salience: Map<string, number>;
  sources: Map<string, number>;
}

const SAYS_AFTER = /^[\s,]*(?:\w+\s+){0,2}(\p{Ll}+)/u;
const REACH_BACK = 1800; // characters
const REACH_AFTER = 400;
const KEEP = 5; // candidates kept per quote

export function createRanking(story: Story, paragraphs: Span[]): RankingContext {
  // Resolving every mention teaches the story genders; the rules must not see them early.
  const genders = new Map(story.genders);
  const named: RankingContext["named"] = [];
  const salience = new Map<string, number>();
  const subjectsAt = new Set(story.subjects.map((x) => x.at));
  let sentence = 0;
  let paragraph = 0;
  for (const m of story.mentions) {
    if (m.kind === "pronoun" || m.kind === "group") continue;
    const s = resolveMention(story, m);
    if (!s || (s.kind === "person" && s.via === "role" && !/\p{Lu}/u.test(s.name))) continue;
    while (sentence + 1 < story.sentences.length && story.sentences[sentence + 1].start <= m.start)
      sentence++;
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph + 1].start <= m.start) paragraph++;
    const first = named.length === 0 || named[named.length - 1].sentence !== sentence;
    const verb = SAYS_AFTER.exec(story.text.slice(m.end, m.end + 30))?.[1] ?? "";
    named.push({
      m,
      s,
      sentence,
      paragraph,
      subject: subjectsAt.has(m.start),
      first,
      beforeVerb: SPEECH_VERBS.has(verb),
      possessor: /['’]s?$/.test(story.text.slice(m.start, m.end)),
      apposition: opensApposition(story.text, m),
    });
    salience.set(s.name, (salience.get(s.name) ?? 0) + 1);
  }
  story.genders.clear();
  for (const [k, v] of genders) story.genders.set(k, v);
  return { story, paragraphs, named, salience, sources: new Map() };
}

/** First index whose mention starts at or after `at`. */
const firstFrom = (named: RankingContext["named"], at: number): number =>
  firstStartingFromBy(named, at, (n) => n.m.start);

export type Row = { name: string; kind: Speaker["kind"]; x: number[] };

function features(ctx: RankingContext, site: QuoteSite, item: RankingContext["named"][number]): number[] {
  const { m, s } = item;
  const after = m.start >= site.markEnd;
  const away = after ? m.start - site.markEnd : Math.max(0, site.markStart - m.end);
  const gender = s.gender ?? ctx.story.genders.get(s.name) ?? null;
  const pronoun = site.cue?.subject?.kind === "pronoun" ? site.cue.subject.name : null;
  const want = pronoun === "she" ? "f" : pronoun === "he" ? "m" : null;
  const text = ctx.story.text;
  const cueVerb = site.cue ? site.cue.verbStart : null;
  const cueEnd = site.cue ? site.cue.verbEnd : null;
  const cueSentence =
    site.cue && site.cue.verbStart < site.markStart ? site.sentence : site.cue ? site.endSentence : -1;
  const f: Record<FeatureName, number> = {
    bias: 1,
    rule: site.rule?.name === s.name ? 1 : 0,
    cueSubject: site.cue?.subject === m ? 1 : 0,
    last: site.last?.speaker.name === s.name ? 1 : 0,
    lastNear: site.last?.speaker.name === s.name && site.paragraph - site.last.paragraph <= 1 ? 1 : 0,
    sameSentence: item.sentence === site.sentence ? 1 : 0,
    prevSentence: item.sentence === site.sentence - 1 ? 1 : 0,
    sentencesBack: Math.min(8, Math.max(0, site.sentence - item.sentence)) / 8,
    after: after ? 1 : 0,
    charsAway: Math.log1p(away) / 8,
    samePara: item.paragraph === site.paragraph ? 1 : 0,
    prevPara: item.paragraph === site.paragraph - 1 ? 1 : 0,
    subject: item.subject ? 1 : 0,
    beforeVerb: item.beforeVerb ? 1 : 0,
    person: s.kind === "person" ? 1 : 0,
    body: s.kind === "body" ? 1 : 0,
    uncertain: s.certain ? 0 : 1,
    salience: Math.log1p(ctx.salience.get(s.name) ?? 0) / 3,
    source: Math.log1p(ctx.sources.get(s.name) ?? 0) / 3,
    genderAgrees: want && gender === want ? 1 : 0,
    genderClashes: want && gender && gender !== want ? 1 : 0,
    afterPreposition: m.afterPreposition ? 1 : 0,
    possessor: item.possessor ? 1 : 0,
    nearestPerson: 0,
    paraFirstPerson: 0,
    appositionHead:
      cueVerb !== null && item.sentence === cueSentence && m.end <= cueVerb && item.apposition ? 1 : 0,
    beforeCueVerb:
      cueVerb !== null && item.sentence === cueSentence && m.end <= cueVerb && cueVerb - m.end < 80 ? 1 : 0,
    afterCueVerb:
      cueEnd !== null &&
      m.start >= cueEnd &&
      m.start - cueEnd <= 40 &&
      /^[\s\p{L}.,]*$/u.test(text.slice(cueEnd, m.start))
        ? 1
        : 0,
    firstInSentence: item.first ? 1 : 0,
    place: m.place ? 1 : 0,
    oneWord: /\s/.test(s.name) ? 0 : 1,
    titled: m.title || m.roles.length > 0 ? 1 : 0,
    sentenceInitial: m.sentenceInitial ? 1 : 0,
    ...ruleKind(site, s.name),
  };
  return FEATURES.map((k) => f[k]);
}

/** How the rules reached their pick, when this candidate is it. */
function ruleKind(
  site: QuoteSite,
  name: string,
): Record<"ruleInherited" | "ruleGuess" | "ruleDirectCue" | "ruleNoCue", number> {
  const own = site.rule?.name === name ? site.rule : null;
  return {
    ruleInherited: own?.via === "inherited" ? 1 : 0,
    ruleGuess: own && (!own.certain || own.via === "role" || own.via === "group") ? 1 : 0,
    ruleDirectCue: own && site.cue?.direct ? 1 : 0,
    ruleNoCue: own && !site.cue ? 1 : 0,
  };
}

/**
 * The candidates for one quotation, best first, each with its feature row. The nearest named
 * person before the quote and the first person named in its paragraph are marked as such.
 */
export function candidateRows(ctx: RankingContext, site: QuoteSite): Row[] {
  const rows = new Map<string, Row>();
  const scored = new Map<Row, number>();
  const from = firstFrom(ctx.named, site.markStart - REACH_BACK);
  let nearestPerson: string | null = null;
  let paraFirst: string | null = null;
  for (let i = from; i < ctx.named.length; i++) {
    const item = ctx.named[i];
    if (item.m.start > site.markEnd + REACH_AFTER) break;
    if (item.m.start >= site.markStart && item.m.start < site.markEnd) continue;
    // After the quote, only its own paragraph: the next paragraph's name is the next speaker.
    if (
      item.m.start > site.markEnd &&
      (item.sentence > site.endSentence + 1 || item.paragraph !== site.paragraph)
    )
      break;
    if (item.s.kind === "person" && item.m.start < site.markStart) nearestPerson = item.s.name;
    if (item.s.kind === "person" && item.paragraph === site.paragraph && paraFirst === null)
      paraFirst = item.s.name;
    const x = features(ctx, site, item);
    const known = rows.get(item.s.name);
    // Keep the strongest mention of each name: the nearer, or the one that is the cue's subject.
    const points = score(x);
    if (!known || points > (scored.get(known) ?? score(known.x))) {
      const row = { name: item.s.name, kind: item.s.kind, x };
      scored.set(row, points);
      rows.set(item.s.name, row);
    }
  }
  for (const s of [site.rule, site.last?.speaker]) {
    if (!s || rows.has(s.name)) continue;
    const x: number[] = FEATURES.map((k) => (k === "bias" ? 1 : 0));
    x[FEATURES.indexOf("rule")] = site.rule?.name === s.name ? 1 : 0;
    x[FEATURES.indexOf("last")] = site.last?.speaker.name === s.name ? 1 : 0;
    x[FEATURES.indexOf(s.kind === "person" ? "person" : "body")] = 1;
    const rk = ruleKind(site, s.name);
    for (const k of Object.keys(rk) as (keyof typeof rk)[]) x[FEATURES.indexOf(k)] = rk[k];
    rows.set(s.name, { name: s.name, kind: s.kind, x });
  }
  for (const r of rows.values()) {
    if (r.name === nearestPerson) r.x[FEATURES.indexOf("nearestPerson")] = 1;
    if (r.name === paraFirst) r.x[FEATURES.indexOf("paraFirstPerson")] = 1;
  }
  return [...rows.values()];
}

function score(x: number[]): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) n += x[i] * W[i];
  return n;
}

/** Ranked candidates with probabilities (a softmax over this quote's candidates). */
export function rankCandidates(
  ctx: RankingContext,
  site: QuoteSite,
  rows = candidateRows(ctx, site),
): SpeakerCandidate[] {
  if (rows.length === 0) return [];
  const raw = rows.map((r) => score(r.x));
  const top = Math.max(...raw);
  const exp = raw.map((v) => Math.exp(v - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return rows
    .map((r, i) => ({ name: r.name, kind: r.kind, score: Math.round((exp[i] / sum) * 100) / 100 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, KEEP);
}

/** Records who was given a quote, for the "already a source" feature of later quotes. */
export function noteSource(ctx: RankingContext, name: string): void {
  ctx.sources.set(name, (ctx.sources.get(name) ?? 0) + 1);
}

export const FILL_AT = model.fillAt;
export const OVERRIDE_BY = model.overrideBy;
