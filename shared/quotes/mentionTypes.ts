// What a mention is: who or what the text names at an offset, and the gap test between tokens.
import { GROUP_NOUNS, NON_NAME_WORDS, TITLE_WORDS } from "../language/words.ts";
import type { Token } from "../language/tokens.ts";

export type Gender = "f" | "m" | null;
export type MentionKind = "person" | "single" | "body" | "pronoun" | "group" | "role";

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Display name: "Maria Zakharova", "the defense ministry", "she". */
  name: string;
  gender: Gender;
  /** Country or capital standing for a state ("Baku said"). */
  place: boolean;
  /** Body noun phrases: the head noun and the words before it. */
  head: string | null;
  modifiers: string[];
  /** "its"/"their" or a proper possessor ("Armenia") of a body phrase. */
  possessor: string | null;
  /** Single capitalised words: a word such as "group" or "chipmaker" just before. */
  orgDescriptor: boolean;
  /** Follows a preposition ("of Karabakh", "in Berlin"): not a subject. */
  afterPreposition: boolean;
  /** First word of a sentence, where capitals say nothing ("Blasts were heard"). */
  sentenceInitial: boolean;
  /** A title stood before the name ("Mr Bakare", "Sir Geoffrey"), lower-case. */
  title: string | null;
  /** Role words written next to a person's name ("captain", "returning officer"). */
  roles: string[];
}

/** A mention with nothing known about it yet but where it is and what it is called. */
export function blank(kind: MentionKind, start: number, end: number, name: string): Mention {
  return {
    kind,
    start,
    end,
    name,
    gender: null,
    place: false,
    head: null,
    modifiers: [],
    possessor: null,
    orgDescriptor: false,
    afterPreposition: false,
    sentenceInitial: false,
    title: null,
    roles: [],
  };
}

const isInitial = (w: string): boolean => /^\p{Lu}(?:\.\p{Lu})*$/u.test(w);

/** Is there sentence punctuation (or a masked quote) between two tokens? */
export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^ +$/.test(gap)) return true;
  if (!/^\. $/.test(gap)) return false;
  if (TITLE_WORDS.has(a.lower + ".")) return true; // "Dr. Hannah Weiss"
  // Initials belong to the name: "S. Ramesh Kumar", "M.N. Srinivasan" (not "Plan B. The …").
  return isInitial(a.text) && b.capital && !NON_NAME_WORDS.has(b.lower) && !GROUP_NOUNS.has(b.lower);
}
