// Turns a mention into the fullest speaker the story gives: surnames to full names, "she" to the
// nearest fitting woman, "it" and "the ministry" to the body last named as a subject.

import type { SpeakerKind } from "./types.ts";
import {
  DOCUMENT_HEADS,
  FEMALE_NAMES,
  MALE_NAMES,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_FILLERS,
} from "../language/words.ts";
import { adjectiveFor, countryFor, opensApposition, type Gender, type Mention } from "./mentions.ts";
import type { Span } from "../language/sentences.ts";
import { isFamilyFirst } from "../language/family-names.ts";

// "ranked": the rules named no one and the fitted candidate ranking (candidates.ts) did.
export type SpeakerVia = "named" | "surname" | "pronoun" | "body" | "role" | "group" | "inherited" | "ranked";

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  via: SpeakerVia;
  /** False when the name is a guess (an unknown surname, an unresolved "its"). */
  certain: boolean;
  gender: Gender;
  /** The country a place or capital stands for, when the story names it. */
  country: string | null;
}

// Generic heads that refer back to the organisation last named ("the company said").
const GENERIC_ORG_HEADS = new Set([
  "company",
  "firm",
  "group",
  "developer",
  "manufacturer",
  "carmaker",
  "chipmaker",
  "retailer",
  "airline",
  "bank",
  "organisation",
  "organization",
  "charity",
  "club",
  "team",
  "network",
  "startup",
  "business",
  "union",
  "association",
  "federation",
  "society",
  "publisher",
  "agency",
  "authority",
  "operator",
  "contractor",
  "provider",
  "regulator",
  "bureau",
  "trust",
]);
const SAYS = new RegExp(
  `^,?\\s+(?:(?:${[...VERB_FILLERS].join("|")})\\s+)*(?:${[...SPEECH_VERBS].join("|")})\\b`,
);
const isPossessor = (text: string, m: Mention): boolean =>
  /['’]s?$/.test(text.slice(m.start, m.end)) || /^['’]/.test(text.slice(m.end, m.end + 1));
const LOOKBACK = 2500;
const OFFICE_REACH = 3; // sentences back an unnamed office may look for its holder
const FORWARD_REACH = 1500; // characters: a role named later is named within a few paragraphs // characters; pronouns rarely reach further back in news copy

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "");

export interface Story {
  text: string;
  mentions: Mention[];
  sentences: Span[];
  /** Learned from resolutions: "she said" after "Jo Pemberton" makes Jo Pemberton a woman. */
  genders: Map<string, Gender>;
  /** Sentence subjects and quote speakers in text order; `plural` when named as a group. */
  subjects: { at: number; speaker: Speaker; plural: boolean }[];
  /** Full names (two words or more) and named bodies, with their folded words, for look-ups. */
  fullNames: { m: Mention; words: string[] }[];
  /** The same full names by their last word and by their first (looked up per mention). */
  byLastWord: Map<string, { m: Mention; words: string[] }[]>;
  byFirstWord: Map<string, { m: Mention; words: string[]; familyFirst: boolean }[]>;
  namedBodies: { m: Mention; words: string[] }[];
  /** Every body mention with its folded words, in text order. */
  bodies: { m: Mention; words: string[] }[];
  /** People and single names, for role look-ups. */
  people: Mention[];
}

export function createStory(text: string, mentions: Mention[], sentences: Span[]): Story {
  const words = (m: Mention): { m: Mention; words: string[] } => ({ m, words: fold(m.name).split(/\s+/) });
  const story: Story = {
    text,
    mentions,
    sentences,
    genders: new Map(),
    subjects: [],
    fullNames: mentions.filter((x) => x.kind === "person" && /\s/.test(x.name)).map(words),
    byLastWord: new Map(),
    byFirstWord: new Map(),
    namedBodies: mentions.filter((x) => x.kind === "body" && !x.place && x.head === null).map(words),
    bodies: mentions.filter((x) => x.kind === "body").map(words),
    people: mentions.filter((x) => x.kind === "person" || x.kind === "single"),
  };
  for (const p of story.fullNames) {
    const last = p.words[p.words.length - 1];
    story.byLastWord.set(last, [...(story.byLastWord.get(last) ?? []), p]);
    const first = { ...p, familyFirst: isFamilyFirst(p.words) };
    story.byFirstWord.set(p.words[0], [...(story.byFirstWord.get(p.words[0]) ?? []), first]);
  }
  // Each sentence's subjects, in order, so "it" and "she" can look back to who last did something.
  let from = 0;
  for (const s of sentences) {
    while (from < mentions.length && mentions[from].start < s.start) from++;
    const inSentence: Mention[] = [];
    for (let i = from; i < mentions.length && mentions[i].start < s.end; i++)
      if (!mentions[i].afterPreposition) inSentence.push(mentions[i]);
    const picked = new Set<Mention>();
    const add = (m: Mention | undefined): boolean => {
      if (!m || picked.has(m)) return false;
      const speaker = resolveMention(story, m);
      if (!speaker) return false;
      picked.add(m);
      story.subjects.push({ at: m.start, speaker, plural: m.kind === "group" });
      return true;
    };
    // The first name in the sentence ("The European Commission's Safety Gate system listed …").
    inSentence.some((m) => add(m));
    // The first person who is not a possessor ("The trust's estates manager, Brian Kettle, worried").
    add(
      inSentence.find((m) => {
        const r = !isPossessor(text, m) && resolveMention(story, m);
        return r && r.kind === "person" && r.certain;
      }),
    );
    // The one doing the saying ("The council's events officer, Priya Natarajan, said"), or the
    // name before an apposition ("Tamika Rowe, whose sons attend Fairmont Elementary, said").
    const sayer = inSentence.find((x) => SAYS.test(text.slice(x.end, Math.min(s.end, x.end + 40))));
    const head =
      sayer && /^,/.test(text.slice(sayer.end))
        ? inSentence.find((x) => x.start < sayer.start && opensApposition(text, x))
        : undefined;
    add(head ?? sayer);
    learnGender(story, s, inSentence);
  }
  story.subjects.sort((x, y) => x.at - y.at);
  return story;
}

/**
 * "Okafor said she had not expected …": with one person in a sentence, the writer's own he/his or
 * she/her there is that person's (quotations are masked, so their pronouns do not count).
 */
function learnGender(story: Story, s: Span, inSentence: Mention[]): void {
  const people = new Set<string>();
  for (const m of inSentence)
    if (m.kind === "person" || m.kind === "single" || m.kind === "role") {
      const r = resolveMention(story, m);
      if (r?.kind === "person" && r.certain) people.add(r.name);
    }
  if (people.size !== 1) return;
  const [name] = people;
  if (story.genders.get(name)) return;
  // Only after the name: "Her co-founder, Jonas Lindqvist, was harder to convince" says nothing of him.
  const first = inSentence.find((m) => m.kind === "person" || m.kind === "single" || m.kind === "role");
  const words = story.text.slice(first ? first.end : s.start, s.end).toLowerCase();
  const f = /\b(?:she|her|hers|herself)\b/.test(words);
  const m = /\b(?:he|his|him|himself)\b/.test(words);
  if (f !== m) story.genders.set(name, f ? "f" : "m");
}

function speaker(
  name: string,
  kind: SpeakerKind,
  via: SpeakerVia,
  certain = true,
  gender: Gender = null,
): Speaker {
  return { name, kind, via, certain, gender, country: null };
}

/** `beforeVerb`: the mention sits right before a speech verb, so an unknown word is still a speaker. */
export function resolveMention(story: Story, m: Mention, beforeVerb = false): Speaker | null {
  switch (m.kind) {
    case "person": {
      // "Mr Bakare", "Councillor Nowak", "Sir Geoffrey": the fuller name given earlier, if any.
      const full = /\s/.test(m.name) ? null : fullerPerson(story, m);
      if (full) {
        if (m.gender && !story.genders.has(full.name)) story.genders.set(full.name, m.gender);
        const g = full.gender ?? story.genders.get(full.name) ?? m.gender;
        return speaker(full.name, "person", "named", true, g);
      }
      const g = m.gender ?? story.genders.get(m.name) ?? null;
      if (m.gender) story.genders.set(m.name, m.gender);
      return speaker(m.name, "person", "named", true, g);
    }
    case "single":
      return resolveSingle(story, m, beforeVerb);
    case "body":
      return resolveBody(story, m);
    case "pronoun":
      return resolvePronoun(story, m.name, m.start);
    case "group": {
      const next = story.mentions.find((x) => x.start >= m.end && x.start <= m.end + 10);
      const between = next ? story.text.slice(m.end, next.start) : "";
      if (next && next.kind !== "pronoun" && /^\s+(?:at|from|of|with)\s+(?:the\s+)?$/i.test(between)) {
        const body = resolveMention(story, next, true);
        // "Analysts at Berenberg": whatever stands after "at" is an organisation, not a surname.
        return body && body.via === "surname" && !body.certain
          ? { ...body, kind: "body", via: "body", certain: true }
          : body;
      }
      return speaker(m.name, "person", "group", false);
    }
    case "role":
      if (m.head) return resolveRole(story, m);
      return spokespersonFor(story, m) ?? speaker(m.name, "person", "role", true, m.gender);
  }
}

/** "a spokesperson for Greenmoor said": the organisation speaks through its spokesperson. */
function spokespersonFor(story: Story, m: Mention): Speaker | null {
  if (!/spokes(?:man|woman|person)|representative/.test(m.name)) return null;
  const next = story.mentions[lastBefore(story.mentions, m.end) + 1];
  if (!next || next.start < m.end || next.kind === "pronoun") return null;
  // "for the council", "for Gov. Tess Lindqvist", "for House Speaker Mark Delaney".
  const between = story.text.slice(m.end, next.start);
  if (!/^\s+(?:for|at|of)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$/iu.test(between)) return null;
  const body = resolveMention(story, next, true);
  if (!body) return null;
  // "A spokeswoman for Gov. Tess Lindqvist said": the governor speaks through her.
  if (body.kind === "person" && body.certain) return body;
  return { ...body, kind: "body", via: "body", certain: true };
}

/**
 * The person a lone surname (or title and name) stands for. When several people share the
 * surname, the one named first is the story's subject ("Achterberg" after her son is named).
 * Knights and dames go by their given name ("Sir Geoffrey").
 */
function fullerPerson(story: Story, m: Mention): Speaker | null {
  const word = fold(m.name);
  const byGiven = m.title === "sir" || m.title === "dame" || m.title === "lord" || m.title === "lady";
  // "Kim" for Kim Min-jun: a family-first name goes by its first word.
  const byFirst = (story.byFirstWord.get(word) ?? []).filter(
    (p) => (byGiven || p.familyFirst) && p.words[p.words.length - 1] !== word,
  );
  let fitting = [...(story.byLastWord.get(word) ?? []), ...byFirst]
    .filter((p) => p.m !== m)
    .sort((a, b) => a.m.start - b.m.start);
  // "Shri Rao" after "Ms. Ananya Rao" and "Shri K. Venkatesh Rao": a title's sex rules out relatives.
  if (m.gender) {
    const sexOf = (p: { m: Mention; words: string[] }): Gender =>
      p.m.gender ??
      story.genders.get(p.m.name) ??
      (FEMALE_NAMES.has(p.words[0]) ? "f" : MALE_NAMES.has(p.words[0]) ? "m" : null);
    const same = fitting.filter((p) => sexOf(p) !== (m.gender === "f" ? "m" : "f"));
    if (same.length > 0) fitting = same;
  }
  const earlier = fitting.filter((p) => p.m.start < m.start);
  const given = (p: { words: string[] }): boolean =>
    FEMALE_NAMES.has(p.words[0]) || MALE_NAMES.has(p.words[0]);
  const person = (earlier.find(given) ?? earlier[0] ?? fitting[0])?.m;
  if (!person) return null;
  const g = person.gender ?? story.genders.get(person.name) ?? m.gender ?? null;
  return speaker(person.name, "person", "surname", true, g);
}

/**
 * "the captain said": an apposition right after ("the returning officer, Gwen Talbot"), else the
 * person last introduced with that role ("captain Jess Adeyemi", "Gwen Talbot, the returning officer").
 */
function resolveRole(story: Story, m: Mention): Speaker | null {
  const persons = story.people;
  const appositive = persons.find(
    (x) => x.start > m.end && x.start <= m.end + 3 && /^,\s*$/.test(story.text.slice(m.end, x.start)),
  );
  if (appositive) return resolveMention(story, appositive, true);
  // "the prime minister" is no finance minister: a qualified role must be written with the name.
  const qualifier = m.modifiers.filter((w) => !/^\d|-year-old$/.test(w)).at(-1);
  const fits = (x: Mention): boolean =>
    x.roles.includes(m.head ?? "") &&
    (!qualifier ||
      new RegExp(`\\b${qualifier}\\s+${m.name.split(/\s+/).pop()}\\b`, "i").test(
        story.text.slice(Math.max(0, x.start - 40), x.end + 60),
      ));
  for (let i = persons.length - 1; i >= 0; i--) {
    const x = persons[i];
    if (x.start >= m.start || !fits(x)) continue;
    return resolveMention(story, x, true);
  }
  // Named only later: "Kazakhstan's energy minister said …" in the lead, "Energy Minister Nurlan
  // Abenov told Reuters" further down. Wire copy names the speaker within a few paragraphs.
  const later = persons.find((x) => x.start > m.end && x.start - m.end < FORWARD_REACH && fits(x));
  if (later) return resolveMention(story, later, true);
  // "Arizona's governor" with no name anywhere: the office itself is the fullest name given.
  if (m.possessor) return speaker(m.name, "person", "role", true, m.gender);
  // An office never tied to a name ("Sir Keir Starmer said …" then "the prime minister said") or a
  // description ("the Spaniard", "the 36-year-old"): the last person subject. An office goes to no
  // one the story gave another role, an age to no one of another age.
  const age = m.head?.startsWith("age ") ? m.head : null;
  const trade = m.head === "description";
  const described = m.head === "nationality" || !!age || trade;
  if (!TITLE_WORDS.has(m.head ?? "") && !described) return null;
  const other = (roles: string[]): boolean =>
    described ? !!age && roles.some((r) => r.startsWith("age ") && r !== age) : roles.length > 0;
  const excluded = new Set(persons.filter((x) => other(x.roles)).map((x) => resolveMention(story, x)?.name));
  // An office stands for someone only just named ("Sir Keir Starmer said … the prime minister
  // said"); a woman quoted five sentences up is no president.
  const here = sentenceIndex(story, m.start);
  const last = lastSubject(
    story,
    m.start,
    (s, _plural, at) =>
      s.kind === "person" &&
      s.certain &&
      s.via !== "group" &&
      s.via !== "role" &&
      !excluded.has(s.name) &&
      ((described && !trade) || here - sentenceIndex(story, at) <= OFFICE_REACH),
  );
  // "the president declared a state of disaster" in a story that names no president: the office
  // is the fullest name the story gives, and "he said" after it goes back to it.
  return last ?? (described ? null : speaker(m.name, "person", "role", true, m.gender));
}

function resolveSingle(story: Story, m: Mention, beforeVerb: boolean): Speaker | null {
  const word = fold(m.name);
  const byDistance = (a: Mention, b: Mention): number =>
    (a.start < m.start ? 0 : 1) - (b.start < m.start ? 0 : 1) ||
    Math.abs(a.start - m.start) - Math.abs(b.start - m.start);
  const full = fullerPerson(story, m);
  if (full) return full;
  const body = story.namedBodies
    .filter((b) => b.m !== m && b.words[0] === word)
    .map((b) => b.m)
    .sort(byDistance)[0];
  if (body) return speaker(body.name, "body", "body");
  const country = countryFor(m.name);
  if (country) return { ...speaker(m.name, "body", "body"), country };
  if (m.orgDescriptor) return speaker(m.name, "body", "body");
  if (m.sentenceInitial && !beforeVerb) return null; // "Blasts were heard": a capital, not a name
  return speaker(m.name, "person", "surname", false);
}

function resolveBody(story: Story, m: Mention): Speaker | null {
  if (m.place) {
    const country = countryFor(m.name);
    return { ...speaker(m.name, "body", "body"), country };
  }
  if (m.head === null) {
    // A named organisation; "Tarsis" after "Tarsis Motors" is the fuller name.
    const word = fold(m.name);
    const fuller = story.namedBodies.find((x) => x.m.start < m.start && x.words[0] === word)?.m;
    return speaker(fuller && !/\s/.test(m.name) ? fuller.name : m.name, "body", "body");
  }
  const phrase = [...m.modifiers, m.head].join(" ");
  // "Brackley Freight, the logistics company that ran the depot": the description is the name before.
  if (!m.possessor && GENERIC_ORG_HEADS.has(m.head)) {
    const prev = story.mentions[lastBefore(story.mentions, m.start)];
    if (
      prev &&
      prev.kind === "body" &&
      prev.head === null &&
      !prev.place &&
      /^,\s*$/.test(story.text.slice(prev.end, m.start))
    )
      return speaker(prev.name, "body", "body");
  }
  if (m.possessor) {
    const owner =
      m.possessor === "its" || m.possessor === "their" || m.possessor === "his" || m.possessor === "her"
        ? resolvePronoun(
            story,
            m.possessor === "its"
              ? "it"
              : m.possessor === "their"
                ? "they"
                : m.possessor === "his"
                  ? "he"
                  : "she",
            m.start,
          )
        : resolveByName(story, m);
    if (DOCUMENT_HEADS.has(m.head)) return owner;
    if (!owner) return speaker(m.name, "body", "body", false);
    return speaker(`${ownerName(story, owner)}'s ${phrase}`, "body", "body", owner.certain);
  }
  // "the report said": the body last in the news issued it; with none, the document itself speaks.
  if (DOCUMENT_HEADS.has(m.head))
    return (
      documentAuthor(story, m) ??
      lastSubject(story, m.start, (s) => s.kind === "body" && !isDocument(s.name) && !isCourt(s.name)) ??
      speaker(m.name, "body", "body", false)
    );
  // "the union" after "The IG Metall union"; "the federation" after "the Federation of Motor Dealers".
  const mods = m.modifiers.map(fold);
  let fuller: Mention | undefined;
  for (let i = story.bodies.length - 1; i >= 0 && !fuller; i--) {
    const { m: x, words } = story.bodies[i];
    if (x.start >= m.start || x === m) continue;
    if (words.includes(m.head ?? "") && mods.every((w) => words.includes(w)) && x.name.length > m.name.length)
      fuller = x;
  }
  // "TriMet, which runs the buses, said … the agency said", after "the regional transit agency"
  // earlier: a body named as subject since that fuller phrase is the one meant.
  const generic = GENERIC_ORG_HEADS.has(m.head) && m.modifiers.length === 0;
  // A fuller proper name ("The Consumer Financial Protection Bureau" … "the bureau said") is meant
  // itself, whoever was named since.
  const since =
    generic && fuller && fuller.head !== null ? namedBodySince(story, fuller.start, m.start) : null;
  if (since) return since;
  if (fuller && !fuller.possessor) return resolveBody(story, fuller);
  // "the company", "the Palo Alto-based startup": the organisation last named as a subject.
  // Named ones ("the IG Metall union") stand for themselves.
  const described =
    m.modifiers.every((w) => !/^\p{Lu}/u.test(w)) ||
    /-(?:based|owned|listed|run)$/.test(m.modifiers.at(-1) ?? "");
  if (
    GENERIC_ORG_HEADS.has(m.head) &&
    described &&
    !mods.some((w) => /^(?:other|rival|another|new|parent)$/.test(w))
  ) {
    const org = lastSubject(
      story,
      m.start,
      (s) =>
        s.kind === "body" && s.country === null && !/^the (?:\w+ )?(?:report|letter|statement)$/.test(s.name),
    );
    if (org) return org;
  }
  return speaker(m.name, "body", "body");
}

/**
 * "Regulator sues Tandem Pay …, calls app a 'trap'": a headline opens with what the speaker is and
 * the story names it below: the first body subject for an organisation word, the first person
 * given that role for a role word.
 */
export function headlineSpeaker(story: Story, headline: string, bodyStart: number): Speaker | null {
  const word = /^\s*(\p{L}+)/u.exec(headline)?.[1].toLowerCase() ?? "";
  if (GENERIC_ORG_HEADS.has(word)) {
    const first = story.subjects.find(
      (x) => x.at >= bodyStart && x.speaker.kind === "body" && x.speaker.country === null,
    );
    return first?.speaker ?? null;
  }
  const person = story.people.find((x) => x.start >= bodyStart && x.roles.includes(word));
  return person ? resolveMention(story, person, true) : null;
}

function resolveByName(story: Story, m: Mention): Speaker | null {
  const owner = story.mentions.find((x) => x.start === m.start && x !== m) ?? null;
  if (owner) return resolveMention(story, owner, true);
  const name = m.possessor ?? "";
  const country = countryFor(name);
  return { ...speaker(name, "body", "body"), country };
}

/** A capital standing for a country reads better as the country in a possessive ("Azerbaijan's"). */
function ownerName(story: Story, owner: Speaker): string {
  if (owner.country && owner.country !== owner.name && story.text.includes(owner.country))
    return owner.country;
  return owner.name;
}

function lastSubject(
  story: Story,
  at: number,
  fits: (s: Speaker, plural: boolean, at: number) => boolean,
  reach = LOOKBACK,
): Speaker | null {
  for (let i = story.subjects.length - 1; i >= 0; i--) {
    const s = story.subjects[i];
    if (s.at >= at) continue;
    if (at - s.at > reach) break;
    if (fits(s.speaker, s.plural, s.at)) return s.speaker;
  }
  return null;
}

function namedBodySince(story: Story, from: number, at: number): Speaker | null {
  for (let i = story.subjects.length - 1; i >= 0; i--) {
    const s = story.subjects[i];
    if (s.at >= at) continue;
    if (s.at <= from) break;
    const sp = s.speaker;
    if (sp.kind === "body" && sp.country === null && /^\p{Lu}/u.test(sp.name) && !isDocument(sp.name))
      return sp;
  }
  return null;
}

/** Index of the sentence holding `at` (sentences are sorted by start). */
function sentenceIndex(story: Story, at: number): number {
  let lo = 0;
  let hi = story.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (story.sentences[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function resolvePronoun(story: Story, pronoun: string, at: number): Speaker | null {
  // Courts hear and rule; "it said in a statement" is the company or body last in the news.
  if (pronoun === "it")
    return lastSubject(story, at, (s) => s.kind === "body" && s.via !== "group" && !isCourt(s.name));
  // "They" only for a named group close by ("Officials said … They said"); demonyms do not count.
  // Reach is counted in sentences, not characters: long sentences in features pushed the group
  // named three lines up out of a fixed 400-character window.
  if (pronoun === "they") {
    const here = sentenceIndex(story, at);
    return lastSubject(story, at, (_, plural, sAt) => plural && here - sentenceIndex(story, sAt) <= 3);
  }
  if (pronoun !== "he" && pronoun !== "she") return null;
  const want: Gender = pronoun === "she" ? "f" : "m";
  const genderOf = (s: Speaker): Gender => s.gender ?? story.genders.get(s.name) ?? null;
  // First choice: the person last named as a sentence subject or speaker, of the right gender.
  // Objects and people named in passing ("weeks after O'Brien was promoted") come second.
  let unknown: Speaker | null = null;
  let unknownAt = -1;
  const subject = lastSubject(story, at, (s, _plural, sAt) => {
    if (s.kind !== "person" || !s.certain || s.via === "group") return false;
    const g = genderOf(s);
    if (g === null && !unknown) {
      unknown = s;
      unknownAt = sAt;
    }
    return g === want;
  });
  // A person of unknown gender (an unlisted given name) who was the subject of this sentence or
  // the one before beats someone of the right gender named further back: "Saxena's deputy, Sunanda
  // Rathore, said … "…," she said" is Rathore, not the woman quoted a paragraph earlier.
  const near: Speaker | null = unknown;
  if (near && sentenceIndex(story, at) - sentenceIndex(story, unknownAt) <= 1) {
    story.genders.set((near as Speaker).name, want);
    return near;
  }
  if (subject) return subject;
  const named = lastMentioned(story, at, want);
  const fallback = named ?? unknown;
  if (fallback && !named) story.genders.set(fallback.name, want);
  return fallback;
}

/** The nearest person mention of the wanted gender, else null; skips names after a preposition. */
function lastMentioned(story: Story, at: number, want: Gender): Speaker | null {
  for (let i = lastBefore(story.mentions, at); i >= 0; i--) {
    const m = story.mentions[i];
    if (at - m.start > LOOKBACK) break;
    if ((m.kind !== "person" && m.kind !== "single") || m.afterPreposition) continue;
    const s = resolveMention(story, m);
    if (!s || s.kind !== "person" || !s.certain) continue;
    if ((s.gender ?? story.genders.get(s.name) ?? null) === want) return s;
  }
  return null;
}

/** Index of the last mention starting before `at` (mentions are sorted by start). */
function lastBefore(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * "In a victim impact statement read to the court, her daughter, Joanne Price, said … "…," the
 * statement said": the person who was the subject where the same document was introduced.
 */
function documentAuthor(story: Story, m: Mention): Speaker | null {
  const from = Math.max(0, m.start - LOOKBACK);
  const re = new RegExp(`\\b${m.head}\\b`, "gi");
  const hay = story.text.slice(from, m.start);
  let last = -1;
  for (let x = re.exec(hay); x; x = re.exec(hay)) last = from + x.index;
  if (last < 0) return null;
  // "An affidavit filed by Det. Karen Voss", "a statement signed by the fire marshal, Priya Chauhan".
  const headEnd = last + (m.head ?? "").length;
  const by = DOCUMENT_BY.exec(story.text.slice(headEnd, headEnd + 40));
  if (by) {
    const from = headEnd + by[0].length;
    const author = story.mentions.find(
      (x) => x.start >= from && x.start < from + 60 && (x.kind === "person" || x.kind === "single"),
    );
    const r = author && resolveMention(story, author, true);
    if (r && r.kind === "person") return r;
  }
  const s = story.sentences[sentenceIndex(story, last)];
  if (!s || s.end > m.start) return null;
  const inSentence = story.subjects.filter((x) => x.at >= s.start && x.at < s.end);
  return inSentence.filter((x) => x.speaker.kind === "person" && x.speaker.certain).pop()?.speaker ?? null;
}

const DOCUMENT_BY =
  /^\s+(?:\p{Ll}+\s+)?(?:filed|written|signed|sworn|submitted|prepared|drafted|issued|sent|given)\s+by\s+/u;
// Another document never issues this one: "the memo said" after "the statement said".
const isDocument = (name: string): boolean => DOCUMENT_HEADS.has(name.toLowerCase().split(/\s+/).pop() ?? "");
const isCourt = (name: string): boolean => /\b(?:court|tribunal|inquest)\b/i.test(name);

/** "Armenia ... it said": prefer the fuller body the quote itself names ("The Armenian defense ministry"). */
export function fullestBodyName(speaker: Speaker, quote: string): string {
  const country = speaker.country ?? countryFor(speaker.name);
  if (!country) return speaker.name;
  const adj = adjectiveFor(country);
  if (!adj) return speaker.name;
  const m = new RegExp(
    `\\b[Tt]he ${adj}((?: [a-z-]+){0,2}) (ministry|government|army|military|embassy|foreign ministry)\\b`,
  ).exec(quote);
  return m ? `the ${adj}${m[1]} ${m[2]}` : speaker.name;
}
