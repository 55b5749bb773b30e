// Finds who and what an article names outside its quotations: people (with titles stripped),
// bodies (organisations, ministries, countries, capitals), pronouns, plural groups and unnamed roles.
// Works on masked text, so names inside quotes are not taken for speakers.

import {
  BODY_HEADS,
  COUNTRIES,
  FEMALE_CUES,
  FEMALE_NAMES,
  GROUP_NOUNS,
  MALE_CUES,
  MALE_NAMES,
  NON_NAME_WORDS,
  ORG_WORDS,
  PERSONAL_PRONOUNS,
  PERSON_ROLES,
  PLACE_WORDS,
  ROLE_SYNONYMS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "../language/words.ts";
import { FAMILY_FIRST_SURNAMES, isFamilyFirst } from "../language/family-names.ts";
import type { Token } from "../language/tokens.ts";

export { tokenize, type Token } from "../language/tokens.ts";

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

const SPEAKING_PLACES = new Set([
  "downing street",
  "number 10",
  "no 10",
  "whitehall",
  "white house",
  "elysee",
  "élysée",
]);
const COUNTRY_NAMES = new Map(COUNTRIES.map(([c]) => [c.toLowerCase(), c]));
const CAPITALS = new Map(COUNTRIES.map(([c, , cap]) => [cap.toLowerCase(), c]));
const ADJECTIVES = new Set(COUNTRIES.map(([, adj]) => adj.toLowerCase()));
const CONNECTORS = new Set(["of", "for", "de", "van", "von", "al", "bin", "da", "du", "la", "le", "del"]);
const PREPOSITIONS = new Set([
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
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);
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
const MODIFIER_STOP = new Set([
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
function familyFirstName(words: string[]): boolean {
  if (words.length === 1) return FAMILY_FIRST_SURNAMES.has(words[0].toLowerCase());
  return isFamilyFirst(words) && !PLACE_WORDS.has(words[words.length - 1].toLowerCase());
}

function genderFrom(words: string[]): Gender {
  for (const w of words) {
    if (FEMALE_CUES.has(w)) return "f";
    if (MALE_CUES.has(w)) return "m";
  }
  return null;
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

// Title-list words that qualify rather than name a post: "the former England spinner".
const QUALIFIERS = new Set([
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
const isTitleLike = (t: Token): boolean =>
  TITLE_WORDS.has(t.lower) ||
  TITLE_WORDS.has(t.lower + ".") ||
  PERSON_ROLES.has(t.lower) ||
  ROLE_NOUNS.has(t.lower);

// Pronouns before a name belong to someone else ("Her son, Pieter"), so they say nothing of its gender.
const PRONOUN_CUES = new Set(["he", "she", "his", "her"]);

/** Is there sentence punctuation (or a masked quote) between two tokens? */
export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^ +$/.test(gap)) return true;
  if (!/^\. $/.test(gap)) return false;
  if (TITLE_WORDS.has(a.lower + ".")) return true; // "Dr. Hannah Weiss"
  // Initials belong to the name: "S. Ramesh Kumar", "M.N. Srinivasan" (not "Plan B. The …").
  return isInitial(a.text) && b.capital && !NON_NAME_WORDS.has(b.lower) && !GROUP_NOUNS.has(b.lower);
}

const POST_NOMINALS = new Set([
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
const isInitial = (w: string): boolean => /^\p{Lu}(?:\.\p{Lu})*$/u.test(w);

/** "R-Ohio", "D-N.M.", "(I-Vt.)": a US party-and-state tag after a name, never a name itself. */
const isPartyTag = (t: Token): boolean => /^[RDI]-\p{Lu}/u.test(t.text);

export function findMentions(masked: string, tokens: Token[], sentenceStarts: Set<number>): Mention[] {
  const out: Mention[] = [];
  const precededByPreposition = (i: number): boolean => {
    const p = tokens[i - 1];
    if (!p || !gapIsSpace(masked, p, tokens[i])) return false;
    if (PREPOSITIONS.has(p.lower)) return true;
    const pp = tokens[i - 2];
    return p.lower === "the" && !!pp && PREPOSITIONS.has(pp.lower) && gapIsSpace(masked, pp, p);
  };

  // Capitalised runs: people, organisations, places.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capital) continue;
    let j = i;
    while (
      !tokens[j].possessive &&
      j + 1 < tokens.length &&
      (gapIsSpace(masked, tokens[j], tokens[j + 1]) || isAmpersand(masked, tokens[j], tokens[j + 1]))
    ) {
      const n = tokens[j + 1];
      if (n.capital && gapIsSpace(masked, tokens[j], n)) j++;
      else if (
        CONNECTORS.has(n.lower) &&
        tokens[j + 2]?.capital &&
        gapIsSpace(masked, n, tokens[j + 2]) &&
        tokens.slice(i, j + 1).some((t) => ORG_WORDS.has(t.lower)) // "Federation of", not "Brandt of"
      )
        j += 2;
      else if (
        // "the UN Office for the Coordination of Humanitarian Affairs": "of the"/"for the" too.
        CONNECTORS.has(n.lower) &&
        tokens[j + 2]?.lower === "the" &&
        tokens[j + 3]?.capital &&
        gapIsSpace(masked, n, tokens[j + 2]) &&
        gapIsSpace(masked, tokens[j + 2], tokens[j + 3]) &&
        tokens.slice(i, j + 1).some((t) => ORG_WORDS.has(t.lower))
      )
        j += 3;
      else if (isAmpersand(masked, tokens[j], n)) j++;
      else if (
        n.lower === "and" &&
        (orgNameAhead(masked, tokens, j + 2) || ofOrgContinues(masked, tokens, i, j, j + 2))
      )
        j += 2; // "Health and Safety Executive", not "Ortiz and Garrity"
      else break;
    }
    const run = tokens.slice(i, j + 1);
    // Letters after a name are no part of it: "Helen Marsh KC", "Jane Doe MP", "Sir Ian Blair OBE".
    while (run.length > 2 && POST_NOMINALS.has(run[run.length - 1].lower)) run.pop();
    const runStart = i; // token indices: run[x] is tokens[runStart + x]
    i = j;
    // A dateline ("SAN FRANCISCO, June 4"): capitals opening a paragraph, before a comma.
    if (isDateline(masked, run, sentenceStarts)) continue;
    if (run.length === 1 && isPartyTag(run[0])) continue;
    // "(Reuters)", "(AP)", "(CQC)": a credit or an abbreviation of a name already given.
    if (masked[run[0].start - 1] === "(" && masked[run[run.length - 1].end] === ")") continue;
    let k = 0;
    while (k < run.length && NON_NAME_WORDS.has(run[k].lower)) k++;
    const hadThe = k > 0 && run[k - 1].lower === "the";
    // "Operator Caspian Offshore Petroleum said": a descriptor opening the sentence says what the
    // name is (a body) and is no part of it.
    const descriptor =
      k < run.length - 1 && sentenceStarts.has(run[k].start) && ORG_DESCRIPTORS.has(run[k].lower);
    if (descriptor) k++;
    // "Club captain Ellie Marchetti", "Party leader Jo Hale": a capital qualifying the role after it.
    const after = tokens[runStart + run.length];
    if (
      k === run.length - 1 &&
      after &&
      isRoleWord(after.lower) &&
      !after.capital &&
      tokens[runStart + run.length + 1]?.capital &&
      gapIsSpace(masked, run[k], after)
    )
      continue;
    const titles: string[] = [];
    const isOrg =
      (run.slice(k).some((t) => ORG_WORDS.has(t.lower)) || endsInExecutive(run.slice(k))) &&
      !titledNameAfterBody(run.slice(k));
    // Everything up to the last title or role word before the name goes ("Fire Chief Renata Okonkwo").
    let cut = k;
    if (!isOrg)
      for (let x = k; x < run.length - 1; x++)
        if ((isTitleLike(run[x]) && !isGivenNameNotTitle(masked, run, x)) || ADJECTIVES.has(run[x].lower))
          cut = x + 1;
    for (; k < cut; k++) titles.push(run[k].lower);
    const core = run.slice(k);
    if (core.length === 0 || (core.length === 1 && isTitleLike(core[0]))) continue; // "The Transport Secretary"
    const first = core[0];
    const last = core[core.length - 1];
    const firstIndex = runStart + k;
    const name = masked
      .slice(first.start, last.possessive ? last.start + last.word.length : last.end)
      .replace(/\s+/g, " "); // a blanked nickname leaves a run of spaces
    const lowers = core.map((t) => t.lower);
    const m = blank("single", first.start, last.start + last.word.length, name);
    m.afterPreposition = precededByPreposition(runStart) || namesPrepositionalRole(masked, tokens, runStart);
    const country = countryFor(name);
    const before1 = tokens[firstIndex - 1];
    const titled =
      titles.some((t) => TITLE_WORDS.has(t) || TITLE_WORDS.has(t + ".")) ||
      (!!before1 &&
        TITLE_WORDS.has(before1.lower) &&
        !QUALIFIERS.has(before1.lower) &&
        gapIsSpace(masked, before1, first));
    const beforeRun = tokens[runStart - 1];
    const shadowed =
      beforeRun &&
      (beforeRun.possessive || beforeRun.lower === "the") &&
      // Only the word right before: "Clinton’s." ending the last paragraph owns nothing here.
      /^ +$/.test(masked.slice(beforeRun.end, first.start)) &&
      !titled &&
      !isGivenName(lowers[0]);
    if (country) {
      m.kind = "body";
      m.place = true;
    } else if (SPEAKING_PLACES.has(lowers.join(" "))) {
      m.kind = "body"; // "Downing Street said": an address standing for an office
    } else if (
      descriptor ||
      name.includes(" & ") || // "Harrow & Finch": partners' names joined make a firm
      lowers.some((w) => ORG_WORDS.has(w)) ||
      endsInExecutive(core) ||
      core.some(
        (t) =>
          t.word.length >= 2 &&
          t.word === t.word.toUpperCase() &&
          /\p{Lu}/u.test(t.word) &&
          !isInitial(t.word),
      )
    ) {
      m.kind = "body";
      m.name = hadThe || shadowed ? "the " + name : name;
    } else if (
      (lowers.some((w) => PLACE_WORDS.has(w) || ADJECTIVES.has(w)) &&
        !isGivenName(lowers[0]) &&
        !familyFirstName(core.map((t) => t.word))) ||
      shadowed
    ) {
      continue; // places and things ("Alder Valley", "the Clashing Tides"): never speakers
    } else if (core.length >= 2 && core.length <= 4) {
      // "Vitamin D", "Hepatitis C", "Plan B": a thing named by a letter, unless a given name leads.
      if (/^\p{Lu}$/u.test(last.word) && core.length === 2 && !isGivenName(lowers[0])) continue;
      m.kind = "person";
    } else if (core.length === 1) {
      // Group, role and title words are found as such below ("Inspectors from …", "Industry analyst").
      if (GROUP_NOUNS.has(first.lower) || ROLE_NOUNS.has(first.lower) || BODY_HEADS.has(first.lower))
        continue;
      if (sentenceStarts.has(first.start) && !titled && TITLE_WORDS.has(first.lower)) continue;
      if (!titled && modifiesNoun(masked, tokens, runStart)) continue;
      m.kind = titled ? "person" : "single";
      m.sentenceInitial = sentenceStarts.has(first.start);
      const d = tokens[firstIndex - 1];
      m.orgDescriptor = !!d && ORG_DESCRIPTORS.has(d.lower) && gapIsSpace(masked, d, first);
    } else continue;
    if (m.kind === "person" || m.kind === "single") {
      // Nearest words first: "Her son, Pieter" is a man, whatever "her" says.
      const near = nearWords(masked, tokens, runStart).filter((w) => !PRONOUN_CUES.has(w));
      m.gender =
        genderFrom([...titles].reverse().concat(near)) ??
        (FEMALE_NAMES.has(lowers[0]) ? "f" : MALE_NAMES.has(lowers[0]) && core.length > 1 ? "m" : null);
      m.title = titled && before1 ? before1.lower.replace(/\.$/, "") : null;
      m.roles = rolesAround(masked, tokens, firstIndex, runStart + run.length - 1);
    }
    out.push(m);
  }

  // Lower-case heads: "the defense ministry", "Armenia's defense ministry", "the union".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.capital || !BODY_HEADS.has(t.lower)) continue;
    let k = i;
    const modifiers: string[] = [];
    let possessor: string | null = null;
    let det: string | null = null;
    while (k > 0 && modifiers.length < 3 && gapIsSpace(masked, tokens[k - 1], tokens[k])) {
      const p = tokens[k - 1];
      if (DETERMINERS.has(p.lower)) {
        det = p.lower;
        k--;
        break;
      }
      if (p.possessive) {
        possessor = p.word;
        k--;
        break;
      }
      if (MODIFIER_STOP.has(p.lower) || /^\d/.test(p.lower)) break;
      modifiers.unshift(p.word);
      k--;
    }
    if (det === "a" || det === "an") continue; // "a statement", "a company": not a named body
    // With no determiner the words before may be a verb phrase ("Harcourt will meet hospital
    // managers"): keep the head alone.
    if (!det && !possessor && modifiers.length > 0) {
      k = i;
      modifiers.length = 0;
    }
    const after = tokens[i + 1];
    if (after?.capital && gapIsSpace(masked, t, after)) continue; // "group DriveWatch": the name follows
    const m = blank("body", tokens[k].start, t.end, "");
    m.head = t.lower;
    m.modifiers = modifiers;
    m.afterPreposition = precededByPreposition(k);
    if (det === "its" || det === "their" || det === "his" || det === "her") possessor = det;
    m.possessor = possessor;
    const phrase = [...modifiers, t.word].join(" ");
    m.name = possessor ? `${possessor}'s ${phrase}` : `the ${phrase}`;
    out.push(m);
  }

  // Pronouns, plural groups and unnamed roles.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (PERSONAL_PRONOUNS.has(t.lower) && !t.possessive) {
      const m = blank("pronoun", t.start, t.end, t.lower);
      m.gender = t.lower === "she" ? "f" : t.lower === "he" ? "m" : null;
      out.push(m);
    } else if (GROUP_NOUNS.has(t.lower)) {
      // "a handful of Republicans", "dozens of residents": the quantity is part of who spoke.
      const q = QUANTIFIED.exec(masked.slice(Math.max(0, t.start - 30), t.start));
      const start = q ? t.start - q[0].length : t.start;
      const name = q ? masked.slice(start, t.start + t.word.length) : t.word.toLowerCase();
      out.push(blank("group", start, t.end, PARTIES.has(t.lower) && !q ? t.word : name));
    } else if (ROLE_NOUNS.has(t.lower) && !t.capital) {
      const d = indefiniteStart(masked, tokens, i);
      if (d >= 0) {
        const m = blank("role", tokens[d].start, t.end, masked.slice(tokens[d].start, t.end));
        m.gender = genderFrom([t.lower]);
        out.push(m);
      } else {
        const m = definiteRole(masked, tokens, i);
        if (m) out.push(m);
      }
    } else if (isRoleWord(t.lower) && (!t.capital || t.word === t.word.toUpperCase())) {
      const m = definiteRole(masked, tokens, i);
      if (m) out.push(m);
    } else if (DESCRIPTION_NOUN.test(t.text) && tokens[i - 1]?.lower === "the") {
      // "the nutritionist said", "the historian said": a person described by trade, not named.
      const m = definiteRole(masked, tokens, i);
      if (m) out.push({ ...m, head: "description" });
    } else if (DEMONYMS.has(t.lower) || AGE_NOUN.test(t.lower)) {
      // "the Spaniard said", "the 36-year-old said": a person described, not named.
      const m = definiteRole(masked, tokens, i);
      if (m) out.push({ ...m, head: AGE_NOUN.test(t.lower) ? ageRole(t.lower) : "nationality" });
    }
  }
  return dropOverlaps(out);
}

/** "a spokeswoman", "a government source", "one senior Labour official": where the phrase starts, or -1. */
function indefiniteStart(masked: string, tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 3 && gapIsSpace(masked, tokens[k], tokens[k + 1]); k--) {
    const w = tokens[k].lower;
    if (/^(?:a|an|one)$/.test(w)) return k;
    if (MODIFIER_STOP.has(w) || DETERMINERS.has(w) || tokens[k].possessive || NON_NAME_WORDS.has(w))
      return -1;
  }
  return -1;
}

/**
 * "the captain", "the returning officer", "the new MP": a role standing for a person the story has
 * introduced with it. Not when a name follows ("the captain Jess Adeyemi": the name is the mention).
 */
function definiteRole(masked: string, tokens: Token[], i: number): Mention | null {
  const next = tokens[i + 1];
  if (next && gapIsSpace(masked, tokens[i], next) && (next.capital || isRoleWord(next.lower))) return null;
  // "the attorney general", "the surgeon general": the office ends one word later.
  const general = next?.lower === "general" && gapIsSpace(masked, tokens[i], next);
  const t = general ? { ...tokens[i], end: next.end } : tokens[i];
  let k = i;
  while (k > 0 && i - k < 3 && gapIsSpace(masked, tokens[k - 1], tokens[k])) {
    const p = tokens[k - 1];
    if (p.lower === "the") {
      const m = blank("role", p.start, t.end, masked.slice(p.start, t.end).toLowerCase());
      m.modifiers = tokens.slice(k, i).map((x) => x.lower);
      m.afterPreposition = PREPOSITIONS.has(tokens[k - 2]?.lower ?? ""); // "Asked by the coroner"
      m.head = canonicalRole(t.lower);
      m.gender = genderFrom([t.lower]);
      // "the 24-year-old striker": the age says more about who is meant than the role.
      const age = tokens.slice(k, i).find((x) => AGE_NOUN.test(x.lower));
      if (age) m.head = ageRole(age.lower);
      return m;
    }
    // "Arizona's governor", "Kazakhstan's energy minister": an office of a place or body, whose
    // holder the story may name only later. Capitalised owners only: "his lawyer" is someone else's.
    const owned = p.possessive && (p.capital || tokens[k - 2]?.lower === "the"); // "the state's"
    if (owned && isRoleWord(t.lower) && (TITLE_WORDS.has(t.lower) || k < i || general)) {
      const from = p.capital ? k - 1 : k - 2; // "the state's attorney general" starts at "the"
      const m = blank("role", tokens[from].start, t.end, masked.slice(tokens[from].start, t.end));
      m.afterPreposition = PREPOSITIONS.has(tokens[from - 1]?.lower ?? "");
      m.head = canonicalRole(t.lower);
      m.possessor = p.word;
      m.modifiers = tokens.slice(k, i).map((x) => x.lower); // "energy" in "Kazakhstan's energy minister"
      m.gender = genderFrom([t.lower]);
      return m;
    }
    if (p.capital || MODIFIER_STOP.has(p.lower) || p.possessive) return null;
    k--;
  }
  return null;
}

/**
 * "read by her solicitor, Priya Chandran," names the object of "by", so it is no subject either;
 * "A spokesman for the corps, Aaron Feld," names the spokesman (no role word before the comma).
 */
function namesPrepositionalRole(masked: string, tokens: Token[], i: number): boolean {
  const role = tokens[i - 1];
  if (!role || !/^,\s*$/.test(masked.slice(role.end, tokens[i].start)) || !isRoleWord(role.lower))
    return false;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    if (!/^ +$/.test(masked.slice(tokens[k].end, tokens[k + 1].start))) return false;
    const w = tokens[k].lower;
    if (PREPOSITIONS.has(w)) return true;
    if (!(DETERMINERS.has(w) || tokens[k].possessive || !tokens[k].capital) || MODIFIER_STOP.has(w))
      return false;
  }
  return false;
}

/** Up to three lower-case words just before a name, nearest first ("the company spokeswoman, …"). */
function nearWords(masked: string, tokens: Token[], i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (tokens[j].capital || tokens[j].possessive) break; // "Mr Dwyer's partner, Shona": not Mr
    // "… said the man. Rep. Dana Whitcombe": a word in the sentence before describes someone else.
    if (/[.!?"”’]/.test(masked.slice(tokens[j].end, tokens[j + 1].start))) break;
    out.push(tokens[j].lower);
  }
  return out;
}

/**
 * "Executive" ends a body's name ("the Health and Safety Executive", "the Scottish Executive") but
 * is a title after another title word ("Chief Executive Jane Doe").
 */
function endsInExecutive(core: Token[]): boolean {
  const last = core[core.length - 1];
  const prev = core[core.length - 2];
  return (
    core.length >= 2 &&
    last.lower === "executive" &&
    !TITLE_WORDS.has(prev.lower) &&
    !PERSON_ROLES.has(prev.lower) &&
    !ROLE_NOUNS.has(prev.lower)
  );
}

/** The capitalised run from token `i` ends in an organisation word: "and" joins it to the name before. */
function orgNameAhead(masked: string, tokens: Token[], i: number): boolean {
  let j = i;
  while (
    j + 1 < tokens.length &&
    tokens[j + 1].capital &&
    !tokens[j].possessive &&
    gapIsSpace(masked, tokens[j], tokens[j + 1])
  )
    j++;
  const last = tokens[j];
  return (
    last.lower === "executive" ||
    (ORG_WORDS.has(last.lower) && j > i) ||
    /^(?:affairs|administration)$/.test(last.lower)
  );
}

/**
 * "House Speaker Mark Delaney", "Police Chief Ramon Ellis": a body's name then a title then a
 * person's name is the person; "Federal Reserve Board" or "Chief Executive Office" ends in no name.
 */
function titledNameAfterBody(run: Token[]): boolean {
  let t = -1;
  for (let x = 0; x < run.length; x++)
    if (TITLE_WORDS.has(run[x].lower) || TITLE_WORDS.has(run[x].lower + ".")) t = x;
  if (t < 1) return false;
  const tail = run.slice(t + 1);
  if (tail.length === 0 || tail.length > 3) return false;
  if (tail.some((x) => ORG_WORDS.has(x.lower) || isTitleLike(x) || NON_NAME_WORDS.has(x.lower))) return false;
  return tail.length >= 2 || isGivenName(tail[0].lower);
}

/**
 * "the Department of Health and Social Care": an organisation named "X of Y" goes on past "and"
 * when capitals follow ("Ministry of Housing and Urban Affairs"); "Ortiz and Garrity" has no "of".
 */
function ofOrgContinues(masked: string, tokens: Token[], from: number, to: number, next: number): boolean {
  const run = tokens.slice(from, to + 1);
  const of = run.findIndex((t) => t.lower === "of");
  if (of < 1 || !run.slice(0, of).some((t) => ORG_WORDS.has(t.lower))) return false;
  const n = tokens[next];
  return !!n && n.capital && !NON_NAME_WORDS.has(n.lower) && !isGivenName(n.lower);
}

/** Capitals opening a paragraph in upper case before a comma: "SAN FRANCISCO, June 4 (Reuters)". */
function isDateline(masked: string, run: Token[], sentenceStarts: Set<number>): boolean {
  const last = run[run.length - 1];
  return (
    // "LONDON/SINGAPORE, March 12": a second city after a slash is part of the dateline too.
    (sentenceStarts.has(run[0].start) || masked[run[0].start - 1] === "/") &&
    // "SAN FRANCISCO, June 4", "WASHINGTON (AP) —", "BENGALURU:".
    /^\s*(?:[,:(/]|[—–-]\s)/.test(masked.slice(last.end, last.end + 4)) &&
    run.every((t) => t.word.length >= 2 && t.word === t.word.toUpperCase())
  );
}

/**
 * "Col Hennessy": Colin, not a colonel. A military abbreviation written without its full stop and
 * followed by a surname alone is a given name; the officer is "Col. Hennessy" or "Col Tim Hennessy".
 */
function isGivenNameNotTitle(masked: string, run: Token[], x: number): boolean {
  return GIVEN_NAME_ABBREVIATIONS.has(run[x].lower) && masked[run[x].end] !== "." && x === run.length - 2;
}
const GIVEN_NAME_ABBREVIATIONS = new Set(["col"]);

const PARTIES = new Set(["republicans", "democrats", "conservatives", "tories"]);
const QUANTIFIED =
  /\b(?:a handful of|a group of|a number of|dozens of|hundreds of|scores of|several|some|many|a few)\s+$/i;

const isAmpersand = (masked: string, a: Token, b: Token): boolean =>
  a.capital && b.capital && /^ & $/.test(masked.slice(a.end, b.start));

/** "a former Redbridge player": a single capital after "a"/"an" qualifies a noun; it is no speaker. */
function modifiesNoun(masked: string, tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p || !gapIsSpace(masked, p, tokens[i])) return false;
  if (p.lower === "a" || p.lower === "an") return true;
  const pp = tokens[i - 2];
  return !p.capital && !!pp && (pp.lower === "a" || pp.lower === "an") && gapIsSpace(masked, pp, p);
}

const AGE_NOUN = /^\d{1,3}-year-old$/;
// Trades the word lists do not know: nutritionist, endocrinologist, historian, physician.
const DESCRIPTION_NOUN = /^\p{Ll}{4,}(?:ist|ian)$/u;
const ageRole = (w: string): string => "age " + parseInt(w, 10);
const DEMONYMS = new Set([
  ...ADJECTIVES,
  ..."spaniard frenchman frenchwoman dutchman dutchwoman englishman englishwoman scotsman scotswoman welshman welshwoman irishman irishwoman briton swede dane finn pole turk scot swiss argentine portuguese".split(
    " ",
  ),
]);
const ABBREVIATED_ROLES = new Map([
  ["gov", "governor"],
  ["sen", "senator"],
  ["rep", "representative"],
  ["supt", "superintendent"],
  ["insp", "inspector"],
  ["det", "detective"],
]);
const isRoleWord = (w: string): boolean => PERSON_ROLES.has(w) || ROLE_NOUNS.has(w);
const canonicalRole = (w: string): string => ROLE_SYNONYMS.get(w) ?? w;

/**
 * Role words written next to a name: just before it ("captain Jess Adeyemi", "The returning
 * officer, Gwen Talbot") or in an apposition after it ("Gwen Talbot, the returning officer").
 */
function rolesAround(masked: string, tokens: Token[], first: number, last: number): string[] {
  const roles: string[] = [];
  // Back over "the chair of judges, the broadcaster" to the name; a verb or a stop ends it.
  for (let i = first - 1; i >= Math.max(0, first - 7); i--) {
    const gap = masked.slice(tokens[i].end, tokens[i + 1].start);
    const w = tokens[i].lower;
    if (!/^[\s,]*$/.test(gap) && !(/^\. $/.test(gap) && TITLE_WORDS.has(w + "."))) break;
    if ((MODIFIER_STOP.has(w) && w !== "of") || PERSONAL_PRONOUNS.has(w)) break;
    if (isRoleWord(w)) roles.push(canonicalRole(w));
    else if (ABBREVIATED_ROLES.has(w)) roles.push(ABBREVIATED_ROLES.get(w) ?? w); // "Gov. Katie Hobbs"
  }
  const lastTok = tokens[last];
  const age = /^,\s*(\d{1,3}),/.exec(masked.slice(lastTok?.end ?? 0, (lastTok?.end ?? 0) + 8));
  if (age) roles.push("age " + parseInt(age[1], 10)); // "Séamus Coleman, 36,"
  const before = tokens[first - 1];
  if (before && AGE_NOUN.test(before.lower)) roles.push(ageRole(before.lower));
  if (lastTok && /^,\s*$/.test(masked.slice(lastTok.end, tokens[last + 1]?.start ?? lastTok.end))) {
    // ", the returning officer" / ", a former nurse" / ", Redbridge's captain": up to four words.
    for (let i = last + 1, n = 0; i < tokens.length && n < 4; i++, n++) {
      if (i > last + 1 && !/^ +$/.test(masked.slice(tokens[i - 1].end, tokens[i].start))) break;
      const w = tokens[i].lower;
      if (isRoleWord(w)) {
        roles.push(canonicalRole(w));
        break;
      }
      if (MODIFIER_STOP.has(w) && w !== "of") break;
    }
  }
  return roles;
}

/** "Name, whose sons …," / "Name, an analyst at …,": a comma and a lower-case description follow. */
export function opensApposition(text: string, m: Mention): boolean {
  return m.kind !== "pronoun" && /^,\s+\p{Ll}/u.test(text.slice(m.end, m.end + 4));
}

/** Where mentions overlap, keep the longer one ("Armenia's defense ministry" over "Armenia"). */
function dropOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
