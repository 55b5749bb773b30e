// Turns a mention into the fullest speaker the story gives: surnames to full names, "she" to the
// nearest fitting woman, "it" and "the ministry" to the body last named as a subject. People are
// resolved in resolvePeople.ts, bodies in resolveBodies.ts; the story (story.ts) holds both.

import { opensApposition, type Mention } from "./mentions.ts";
import type { Span } from "../language/sentences.ts";
import { isFamilyFirst } from "../language/familyNames.ts";
import { fold, isPossessor, SAYS, speaker, type Speaker, type Story } from "./story.ts";
import { fullerPerson, resolvePronoun, resolveRole, resolveSingle } from "./resolvePeople.ts";
import { resolveBody, spokespersonFor } from "./resolveBodies.ts";

export type { Speaker, SpeakerVia, Story } from "./story.ts";
export { headlineSpeaker, resolvePronoun } from "./resolvePeople.ts";
export { fullestBodyName } from "./resolveBodies.ts";

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
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
    namedBodiesByFirst: new Map(),
    bodiesByWord: new Map(),
    bodies: mentions.filter((x) => x.kind === "body").map(words),
    people: mentions.filter((x) => x.kind === "person" || x.kind === "single"),
    resolve: (m, beforeVerb) => resolveMention(story, m, beforeVerb),
  };
  // Each name once per gender it is written with, at its first mention: the look-ups want the
  // earliest fitting name, and a name said 300 times made every surname look-up sort 300 entries.
  const seen = new Set<string>();
  for (const p of story.fullNames) {
    const key = `${p.m.name}\u0000${p.m.gender}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const last = p.words[p.words.length - 1];
    pushTo(story.byLastWord, last, p);
    pushTo(story.byFirstWord, p.words[0], { ...p, familyFirst: isFamilyFirst(p.words) });
  }
  for (const b of story.namedBodies) pushTo(story.namedBodiesByFirst, b.words[0], b);
  for (const b of story.bodies) for (const w of new Set(b.words)) pushTo(story.bodiesByWord, w, b);
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
