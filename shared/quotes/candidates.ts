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

/** Each feature's place in a row. */
const AT = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

/** A row of zeros but the bias. Rows are written by place: one per candidate per quote. */
function emptyRow(): number[] {
  const x = new Array<number>(FEATURES.length).fill(0);
  x[AT.bias] = 1;
  return x;
}

/** A number as it is; anything else as 1 when truthy, 0 when not. */
function put(x: number[], feature: FeatureName, value: unknown): void {
  x[AT[feature]] = typeof value === "number" ? value : value ? 1 : 0;
}

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
  const x = emptyRow();
  put(x, "rule", site.rule?.name === s.name);
  put(x, "cueSubject", site.cue?.subject === m);
  put(x, "last", site.last?.speaker.name === s.name);
  put(x, "lastNear", site.last?.speaker.name === s.name && site.paragraph - site.last.paragraph <= 1);
  put(x, "sameSentence", item.sentence === site.sentence);
  put(x, "prevSentence", item.sentence === site.sentence - 1);
  put(x, "sentencesBack", Math.min(8, Math.max(0, site.sentence - item.sentence)) / 8);
  put(x, "after", after);
  put(x, "charsAway", Math.log1p(away) / 8);
  put(x, "samePara", item.paragraph === site.paragraph);
  put(x, "prevPara", item.paragraph === site.paragraph - 1);
  put(x, "subject", item.subject);
  put(x, "beforeVerb", item.beforeVerb);
  put(x, "person", s.kind === "person");
  put(x, "body", s.kind === "body");
  put(x, "uncertain", !s.certain);
  put(x, "salience", Math.log1p(ctx.salience.get(s.name) ?? 0) / 3);
  put(x, "source", Math.log1p(ctx.sources.get(s.name) ?? 0) / 3);
  put(x, "genderAgrees", want !== null && gender === want);
  put(x, "genderClashes", want !== null && gender !== null && gender !== want);
  put(x, "afterPreposition", m.afterPreposition);
  put(x, "possessor", item.possessor);
  // nearestPerson and paraFirstPerson are marked once the quote's candidates are known.
  const beforeCue = cueVerb !== null && item.sentence === cueSentence && m.end <= cueVerb;
  put(x, "appositionHead", beforeCue && item.apposition);
  put(x, "beforeCueVerb", beforeCue && cueVerb - m.end < 80);
  put(
    x,
    "afterCueVerb",
    cueEnd !== null &&
      m.start >= cueEnd &&
      m.start - cueEnd <= 40 &&
      /^[\s\p{L}.,]*$/u.test(text.slice(cueEnd, m.start)),
  );
  put(x, "firstInSentence", item.first);
  put(x, "place", m.place);
  put(x, "oneWord", !/\s/.test(s.name));
  put(x, "titled", m.title || m.roles.length > 0);
  put(x, "sentenceInitial", m.sentenceInitial);
  putRuleKind(x, site, s.name);
  return x;
}

/** How the rules reached their pick, when this candidate is it. */
function putRuleKind(x: number[], site: QuoteSite, name: string): void {
  const own = site.rule?.name === name ? site.rule : null;
  put(x, "ruleInherited", own?.via === "inherited");
  put(x, "ruleGuess", own && (!own.certain || own.via === "role" || own.via === "group"));
  put(x, "ruleDirectCue", own && site.cue?.direct);
  put(x, "ruleNoCue", own && !site.cue);
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
    const x = emptyRow();
    put(x, "rule", site.rule?.name === s.name);
    put(x, "last", site.last?.speaker.name === s.name);
    put(x, s.kind === "person" ? "person" : "body", true);
    putRuleKind(x, site, s.name);
    rows.set(s.name, { name: s.name, kind: s.kind, x });
  }
  for (const r of rows.values()) {
    if (r.name === nearestPerson) put(r.x, "nearestPerson", true);
    if (r.name === paraFirst) put(r.x, "paraFirstPerson", true);
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
