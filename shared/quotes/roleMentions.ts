// Mentions without a capitalised name: bodies by their head noun ("the defense ministry"),
// pronouns, plural groups and unnamed roles ("a spokeswoman", "the 36-year-old").
import {
  BODY_HEADS,
  GROUP_NOUNS,
  IDENTIFYING_WORDS,
  NON_NAME_WORDS,
  PERSONAL_PRONOUNS,
  PERSON_ROLES,
  ROLE_SYNONYMS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "../language/words.ts";
import type { Token } from "../language/tokens.ts";
import { blank, gapIsSpace, type Mention } from "./mentionTypes.ts";
import {
  ADJECTIVES,
  DETERMINERS,
  MODIFIER_STOP,
  PREPOSITIONS,
  genderFrom,
  precededByPreposition,
} from "./mentionWords.ts";

/** "the defense ministry", "Armenia's defense ministry", "the union". */
export function bodyHeadMentions(masked: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
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
    m.afterPreposition = precededByPreposition(masked, tokens, k);
    if (det === "its" || det === "their" || det === "his" || det === "her") possessor = det;
    m.possessor = possessor;
    const phrase = [...modifiers, t.word].join(" ");
    m.name = possessor ? `${possessor}'s ${phrase}` : `the ${phrase}`;
    out.push(m);
  }

  return out;
}

/** Pronouns, plural groups and unnamed roles. */
export function pronounAndRoleMentions(masked: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
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
  return out;
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
export function namesPrepositionalRole(masked: string, tokens: Token[], i: number): boolean {
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
export function nearWords(masked: string, tokens: Token[], i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (tokens[j].capital || tokens[j].possessive) break; // "Mr Dwyer's partner, Shona": not Mr
    // "… said the man. Rep. Dana Whitcombe": a word in the sentence before describes someone else.
    if (/[.!?"”’]/.test(masked.slice(tokens[j].end, tokens[j + 1].start))) break;
    out.push(tokens[j].lower);
  }
  return out;
}

const PARTIES = new Set(["republicans", "democrats", "conservatives", "tories"]);
const QUANTIFIED =
  /\b(?:a handful of|a group of|a number of|dozens of|hundreds of|scores of|several|some|many|a few)\s+$/i;

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
export const isRoleWord = (w: string): boolean => PERSON_ROLES.has(w) || ROLE_NOUNS.has(w);
export const canonicalRole = (w: string): string => ROLE_SYNONYMS.get(w) ?? w;

/**
 * Role words written next to a name: just before it ("captain Jess Adeyemi", "The returning
 * officer, Gwen Talbot") or in an apposition after it ("Gwen Talbot, the returning officer").
 */
export function rolesAround(masked: string, tokens: Token[], first: number, last: number): string[] {
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

/**
 * "Bay Buchanan, national treasurer for …", "Rocky Hill, a spokesman": a role in apposition makes
 * a name of words that would otherwise read as a place.
 */
export function describedAsPerson(masked: string, last: Token): boolean {
  const words = /^,\s+(?:(?:a|an|the)\s+)?((?:\p{Ll}+\s+){0,2}\p{Ll}+)\b/u.exec(
    masked.slice(last.end, last.end + 60),
  );
  return !!words && words[1].split(/\s+/).some((w) => IDENTIFYING_WORDS.has(w));
}
