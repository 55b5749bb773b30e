// A story as the speaker resolution reads it: its mentions, sentences, the subjects named so far and
// the look-ups over them that every resolver shares.

import type { SpeakerKind } from "./types.ts";
import { DOCUMENT_HEADS, SPEECH_VERBS, VERB_FILLERS } from "../language/words.ts";
import type { Gender, Mention } from "./mentions.ts";
import type { Span } from "../language/sentences.ts";
import { firstStartingFrom, lastStartingAtOrBefore } from "../document/offsets.ts";

// "ranked": the rules named no one and the fitted candidate ranking (candidates.ts) did.
// "headline": a quotation in the headline, given to the person the headline opens on.
export type SpeakerVia =
  "named" | "surname" | "pronoun" | "body" | "role" | "group" | "inherited" | "ranked" | "headline";

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
export const GENERIC_ORG_HEADS = new Set([
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
export const SAYS = new RegExp(
  `^,?\\s+(?:(?:${[...VERB_FILLERS].join("|")})\\s+)*(?:${[...SPEECH_VERBS].join("|")})\\b`,
);
export const isPossessor = (text: string, m: Mention): boolean =>
  /['’]s?$/.test(text.slice(m.start, m.end)) || /^['’]/.test(text.slice(m.end, m.end + 1));
export const LOOKBACK = 2500;
export const OFFICE_REACH = 3; // sentences back an unnamed office may look for its holder
export const FORWARD_REACH = 1500; // characters: a role named later is named within a few paragraphs // characters; pronouns rarely reach further back in news copy

export const fold = (s: string): string =>
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
  /** Named bodies by their first word, and every body under each of its words, in text order. */
  namedBodiesByFirst: Map<string, { m: Mention; words: string[] }[]>;
  bodiesByWord: Map<string, { m: Mention; words: string[] }[]>;
  /** Every body mention with its folded words, in text order. */
  bodies: { m: Mention; words: string[] }[];
  /** People and single names, for role look-ups. */
  people: Mention[];
  /** The story's resolver (coref.ts), for look-ups that resolve another mention. */
  resolve: (m: Mention, beforeVerb?: boolean) => Speaker | null;
}

export function speaker(
  name: string,
  kind: SpeakerKind,
  via: SpeakerVia,
  certain = true,
  gender: Gender = null,
): Speaker {
  return { name, kind, via, certain, gender, country: null };
}

/** A capital standing for a country reads better as the country in a possessive ("Azerbaijan's"). */
export function ownerName(story: Story, owner: Speaker): string {
  if (owner.country && owner.country !== owner.name && story.text.includes(owner.country))
    return owner.country;
  return owner.name;
}

export function lastSubject(
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

export function namedBodySince(story: Story, from: number, at: number): Speaker | null {
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
export function sentenceIndex(story: Story, at: number): number {
  return lastStartingAtOrBefore(story.sentences, at);
}

/** Index of the last mention starting before `at` (mentions are sorted by start). */
export function lastBefore(mentions: Mention[], at: number): number {
  return firstStartingFrom(mentions, at) - 1;
}

export const DOCUMENT_BY =
  /^\s+(?:\p{Ll}+\s+)?(?:filed|written|signed|sworn|submitted|prepared|drafted|issued|sent|given)\s+by\s+/u;
// Another document never issues this one: "the memo said" after "the statement said".
export const isDocument = (name: string): boolean =>
  DOCUMENT_HEADS.has(name.toLowerCase().split(/\s+/).pop() ?? "");
export const isCourt = (name: string): boolean => /\b(?:court|tribunal|inquest)\b/i.test(name);
