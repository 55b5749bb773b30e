// People: a lone surname or title to the full name, an office or description to its holder,
// "he"/"she"/"it"/"they" to the last fitting subject.

import { FEMALE_NAMES, MALE_NAMES, TITLE_WORDS } from "../language/words.ts";
import { countryFor, type Gender, type Mention } from "./mentions.ts";
import {
  fold,
  FORWARD_REACH,
  GENERIC_ORG_HEADS,
  isCourt,
  lastBefore,
  lastSubject,
  LOOKBACK,
  OFFICE_REACH,
  sentenceIndex,
  speaker,
  type Speaker,
  type Story,
} from "./story.ts";

/**
 * The person a lone surname (or title and name) stands for. When several people share the
 * surname, the one named first is the story's subject ("Achterberg" after her son is named).
 * Knights and dames go by their given name ("Sir Geoffrey").
 */
export function fullerPerson(story: Story, m: Mention): Speaker | null {
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
  const person = (earlier.find(given) ?? earlier[0] ?? fitting[0])?.m ?? givenNameAlone(story, m, word);
  if (!person) return null;
  const g = person.gender ?? story.genders.get(person.name) ?? m.gender ?? null;
  return speaker(person.name, "person", "surname", true, g);
}

/**
 * "Rafaelle said" after "Rafaelle Souza, the defender, …": a given name used alone later is the
 * person last introduced with it, when no full name ends in that word.
 */
function givenNameAlone(story: Story, m: Mention, word: string): Mention | undefined {
  const named = (story.byFirstWord.get(word) ?? []).filter((p) => p.m.start < m.start && p.words.length >= 2);
  return named.at(-1)?.m;
}

/**
 * "the captain said": an apposition right after ("the returning officer, Gwen Talbot"), else the
 * person last introduced with that role ("captain Jess Adeyemi", "Gwen Talbot, the returning officer").
 */
export function resolveRole(story: Story, m: Mention): Speaker | null {
  const persons = story.people;
  const next = lastBefore(persons, m.end + 1) + 1; // the first person starting after the role
  const appositive = persons
    .slice(next, next + 2)
    .find((x) => x.start > m.end && x.start <= m.end + 3 && /^,\s*$/.test(story.text.slice(m.end, x.start)));
  if (appositive) return story.resolve(appositive, true);
  // "the prime minister" is no finance minister: a qualified role must be written with the name.
  const qualifier = m.modifiers.filter((w) => !/^\d|-year-old$/.test(w)).at(-1);
  const fits = (x: Mention): boolean =>
    x.roles.includes(m.head ?? "") &&
    (!qualifier ||
      new RegExp(`\\b${qualifier}\\s+${m.name.split(/\s+/).pop()}\\b`, "i").test(
        story.text.slice(Math.max(0, x.start - 40), x.end + 60),
      ));
  for (let i = lastBefore(persons, m.start); i >= 0; i--) {
    const x = persons[i];
    if (x.start >= m.start || !fits(x)) continue;
    return story.resolve(x, true);
  }
  // Named only later: "Kazakhstan's energy minister said …" in the lead, "Energy Minister Nurlan
  // Abenov told Reuters" further down. Wire copy names the speaker within a few paragraphs.
  let later: Mention | undefined;
  for (let i = next; i < persons.length && persons[i].start - m.end < FORWARD_REACH && !later; i++)
    if (persons[i].start > m.end && fits(persons[i])) later = persons[i];
  if (later) return story.resolve(later, true);
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
  const excluded = new Set(persons.filter((x) => other(x.roles)).map((x) => story.resolve(x)?.name));
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

export function resolveSingle(story: Story, m: Mention, beforeVerb: boolean): Speaker | null {
  const word = fold(m.name);
  const byDistance = (a: Mention, b: Mention): number =>
    (a.start < m.start ? 0 : 1) - (b.start < m.start ? 0 : 1) ||
    Math.abs(a.start - m.start) - Math.abs(b.start - m.start);
  const full = fullerPerson(story, m);
  if (full) return full;
  const body = (story.namedBodiesByFirst.get(word) ?? [])
    .filter((b) => b.m !== m)
    .map((b) => b.m)
    .sort(byDistance)[0];
  if (body) return speaker(body.name, "body", "body");
  const country = countryFor(m.name);
  if (country) return { ...speaker(m.name, "body", "body"), country };
  if (m.orgDescriptor) return speaker(m.name, "body", "body");
  if (m.sentenceInitial && !beforeVerb) return null; // "Blasts were heard": a capital, not a name
  return speaker(m.name, "person", "surname", false);
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
  if (person) return story.resolve(person, true);
  // "Gingrich Takes Talk of Being Trump’s VP ‘Very Seriously’": a headline opening on a name is
  // that person's words; the story names them in full.
  const named = story.people.find(
    (x) => x.kind === "person" && x.start >= bodyStart && x.name.toLowerCase().split(" ").includes(word),
  );
  const speaker = named && story.resolve(named, true);
  return speaker ? { ...speaker, via: "headline" } : null;
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
    const s = story.resolve(m);
    if (!s || s.kind !== "person" || !s.certain) continue;
    if ((s.gender ?? story.genders.get(s.name) ?? null) === want) return s;
  }
  return null;
}
