// The small word lists and tests the mention finder shares between names, bodies and roles.
import {
  COUNTRIES,
  FEMALE_CUES,
  FEMALE_NAMES,
  MALE_CUES,
  MALE_NAMES,
  PERSON_ROLES,
  PLACE_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "../language/words.ts";
import { FAMILY_FIRST_SURNAMES, isFamilyFirst } from "../language/familyNames.ts";
import type { Token } from "../language/tokens.ts";
import { gapIsSpace, type Gender } from "./mentionTypes.ts";

export const SPEAKING_PLACES = new Set([
  "downing street",
  "number 10",
  "no 10",
  "whitehall",
  "white house",
  "elysee",
  "élysée",
]);
export const COUNTRY_NAMES = new Map(COUNTRIES.map(([c]) => [c.toLowerCase(), c]));
export const CAPITALS = new Map(COUNTRIES.map(([c, , cap]) => [cap.toLowerCase(), c]));
export const ADJECTIVES = new Set(COUNTRIES.map(([, adj]) => adj.toLowerCase()));
export const CONNECTORS = new Set([
  "of",
  "for",
  "de",
  "van",
  "von",
  "al",
  "bin",
  "da",
  "du",
  "la",
  "le",
  "del",
]);
export const PREPOSITIONS = new Set([
  "of",
  "in",
  "at",
  "from",
  "for",
  "with",
  "by",
  "on",
  "to",
  "near",
  "about",
  "against",
  // "In a statement read outside court, his partner said": the court is a place here, not a subject.
  "outside",
  "inside",
  "within",
  "into",
  "across",
  "behind",
  "towards",
  "toward",
  "through",
  "among",
  "beyond",
]);
export const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  "group",
  "company",
  "firm",
  "chipmaker",
  "carmaker",
  "bank",
  "union",
  "agency",
  "newspaper",
  "broadcaster",
  "website",
  "developer",
  "manufacturer",
  "retailer",
  "airline",
  "insurer",
  "lender",
  "startup",
  "regulator",
  "charity",
  "organisation",
  "organization",
  "network",
  "outlet",
  "watchdog",
  "party",
  "movement",
  "rival",
  "maker",
  "giant",
  "chain",
  "supermarket",
  "brand",
  "publisher",
  "studio",
  "label",
  "operator",
  "provider",
  "platform",
  "consultancy",
  "brewer",
  "housebuilder",
  "grocer",
  "business",
]);
// Words that end a modifier run leftwards of a head noun.
export const MODIFIER_STOP = new Set([
  ...PREPOSITIONS,
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "said",
  "says",
  "told",
  "as",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "has",
  "have",
  "had",
  "not",
  "no",
  "than",
  "then",
  "when",
  "while",
  "if",
]);

export function countryFor(name: string): string | null {
  const lower = name.toLowerCase();
  return COUNTRY_NAMES.get(lower) ?? CAPITALS.get(lower) ?? null;
}
export function adjectiveFor(country: string): string | null {
  const row = COUNTRIES.find(([c]) => c.toLowerCase() === country.toLowerCase());
  return row ? row[1] : null;
}

export const isGivenName = (w: string): boolean => FEMALE_NAMES.has(w) || MALE_NAMES.has(w);

/**
 * "Park Ji-won", and "Park" alone: a family-first name or its family name, though "park" is also a
 * place word. Not "Central Park" or "Song Park": the last word may be a place word only alone.
 */
export function familyFirstName(words: string[]): boolean {
  if (words.length === 1) return FAMILY_FIRST_SURNAMES.has(words[0].toLowerCase());
  return isFamilyFirst(words) && !PLACE_WORDS.has(words[words.length - 1].toLowerCase());
}

export function genderFrom(words: string[]): Gender {
  for (const w of words) {
    if (FEMALE_CUES.has(w)) return "f";
    if (MALE_CUES.has(w)) return "m";
  }
  return null;
}

// Title-list words that qualify rather than name a post: "the former England spinner".
export const QUALIFIERS = new Set([
  "former",
  "acting",
  "interim",
  "senior",
  "junior",
  "local",
  "state",
  "deputy",
  "vice",
  "shadow",
]);

/** A word that stands before a name as a title or role, not part of it ("Rep.", "Co-author"). */
export const isTitleLike = (t: Token): boolean =>
  TITLE_WORDS.has(t.lower) ||
  TITLE_WORDS.has(t.lower + ".") ||
  PERSON_ROLES.has(t.lower) ||
  ROLE_NOUNS.has(t.lower);

// Pronouns before a name belong to someone else ("Her son, Pieter"), so they say nothing of its gender.
export const PRONOUN_CUES = new Set(["he", "she", "his", "her"]);

export const POST_NOMINALS = new Set([
  "kc",
  "qc",
  "mp",
  "msp",
  "mla",
  "mep",
  "mbe",
  "obe",
  "cbe",
  "kbe",
  "dbe",
  "frs",
  "phd",
]);
export const isInitial = (w: string): boolean => /^\p{Lu}(?:\.\p{Lu})*$/u.test(w);

/** "R-Ohio", "D-N.M.", "(I-Vt.)": a US party-and-state tag after a name, never a name itself. */
export const isPartyTag = (t: Token): boolean => /^[RDI]-\p{Lu}/u.test(t.text);

/** "of Karabakh", "in the Berlin office": a preposition (and "the") just before token `i`. */
export function precededByPreposition(masked: string, tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p || !gapIsSpace(masked, p, tokens[i])) return false;
  if (PREPOSITIONS.has(p.lower)) return true;
  const pp = tokens[i - 2];
  return p.lower === "the" && !!pp && PREPOSITIONS.has(pp.lower) && gapIsSpace(masked, pp, p);
}
