// Mentions from capitalised runs: people (titles and roles before the name cut off),
// organisations, places that speak for a state ("Baku said"); datelines, credits, party tags and
// places that never speak are left out.
import {
  BODY_HEADS,
  FEMALE_NAMES,
  GROUP_NOUNS,
  MALE_NAMES,
  NON_NAME_WORDS,
  ORG_WORDS,
  PERSON_ROLES,
  PLACE_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "../language/words.ts";
import type { Token } from "../language/tokens.ts";
import { blank, gapIsSpace, type Mention } from "./mentionTypes.ts";
import {
  ADJECTIVES,
  CONNECTORS,
  ORG_DESCRIPTORS,
  POST_NOMINALS,
  PRONOUN_CUES,
  QUALIFIERS,
  SPEAKING_PLACES,
  countryFor,
  precededByPreposition,
  familyFirstName,
  genderFrom,
  isGivenName,
  isInitial,
  isPartyTag,
  isTitleLike,
} from "./mentionWords.ts";
import {
  describedAsPerson,
  isRoleWord,
  namesPrepositionalRole,
  nearWords,
  rolesAround,
} from "./roleMentions.ts";

const NAME_PARTICLES = new Set([
  "da",
  "de",
  "do",
  "dos",
  "das",
  "di",
  "du",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "bin",
  "ibn",
]);

interface Ctx {
  masked: string;
  tokens: Token[];
  sentenceStarts: Set<number>;
  /** Surnames of the story's people that are also nationality words ("Mark Cuban"): names here. */
  surnames: ReadonlySet<string>;
}

export function nameMentions(masked: string, tokens: Token[], sentenceStarts: Set<number>): Mention[] {
  const first = mentionsWith({ masked, tokens, sentenceStarts, surnames: new Set() });
  // "Cuban said" reads as a nationality until the story has named Mark Cuban: read the runs again
  // with such surnames known (rare, so the second pass seldom runs).
  const surnames = new Set<string>();
  for (const m of first) {
    const last = m.kind === "person" ? m.name.split(" ").pop()!.toLowerCase() : "";
    if (ADJECTIVES.has(last)) surnames.add(last);
  }
  return surnames.size ? mentionsWith({ masked, tokens, sentenceStarts, surnames }) : first;
}

function mentionsWith(ctx: Ctx): Mention[] {
  const { tokens } = ctx;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capital) continue;
    const j = runEnd(ctx, i);
    const run = tokens.slice(i, j + 1);
    // Letters after a name are no part of it: "Helen Marsh KC", "Jane Doe MP", "Sir Ian Blair OBE".
    while (run.length > 2 && POST_NOMINALS.has(run[run.length - 1].lower)) run.pop();
    const m = runMention(ctx, run, i);
    if (m) out.push(m);
    i = j;
  }
  return out;
}

/** The last token of the capitalised run from token `i` ("Health and Safety Executive"). */
function runEnd({ masked, tokens }: Ctx, i: number): number {
  let j = i;
  const orgSoFar = (): boolean => tokens.slice(i, j + 1).some((t) => ORG_WORDS.has(t.lower));
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
      orgSoFar() // "Federation of", not "Brandt of"
    )
      j += 2;
    else if (
      // "the UN Office for the Coordination of Humanitarian Affairs": "of the"/"for the" too.
      CONNECTORS.has(n.lower) &&
      tokens[j + 2]?.lower === "the" &&
      tokens[j + 3]?.capital &&
      gapIsSpace(masked, n, tokens[j + 2]) &&
      gapIsSpace(masked, tokens[j + 2], tokens[j + 3]) &&
      orgSoFar()
    )
      j += 3;
    else if (
      // "Marta Vieira da Silva", "Pierre de Vos": a lower-case particle inside a person's name.
      NAME_PARTICLES.has(n.text) &&
      tokens[j + 2]?.capital &&
      gapIsSpace(masked, n, tokens[j + 2]) &&
      !orgSoFar()
    )
      j += 2;
    else if (
      // "Pieter van der Berg": two particles.
      NAME_PARTICLES.has(n.text) &&
      NAME_PARTICLES.has(tokens[j + 2]?.text ?? "") &&
      tokens[j + 3]?.capital &&
      gapIsSpace(masked, n, tokens[j + 2]) &&
      gapIsSpace(masked, tokens[j + 2], tokens[j + 3]) &&
      !orgSoFar()
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
  return j;
}

/** A run's name without the words before it: titles and roles cut off, "The" noted. */
interface NameParts {
  core: Token[];
  titles: string[];
  hadThe: boolean;
  descriptor: boolean;
  /** Token index of the core's first word. */
  firstIndex: number;
}

function nameParts(
  { masked, tokens, sentenceStarts }: Ctx,
  run: Token[],
  runStart: number,
): NameParts | null {
  // A dateline ("SAN FRANCISCO, June 4"): capitals opening a paragraph, before a comma.
  if (isDateline(masked, run, sentenceStarts)) return null;
  if (run.length === 1 && isPartyTag(run[0])) return null;
  // "(Reuters)", "(AP)", "(CQC)": a credit or an abbreviation of a name already given.
  if (masked[run[0].start - 1] === "(" && masked[run[run.length - 1].end] === ")") return null;
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
    return null;
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
  if (core.length === 0 || (core.length === 1 && isTitleLike(core[0]))) return null; // "The Transport Secretary"
  return { core, titles, hadThe, descriptor, firstIndex: runStart + k };
}

function runMention(ctx: Ctx, run: Token[], runStart: number): Mention | null {
  const { masked, tokens } = ctx;
  const parts = nameParts(ctx, run, runStart);
  if (!parts) return null;
  const { core, titles, firstIndex } = parts;
  const first = core[0];
  const last = core[core.length - 1];
  const name = masked
    .slice(first.start, last.possessive ? last.start + last.word.length : last.end)
    .replace(/\s+/g, " "); // a blanked nickname leaves a run of spaces
  const m = blank("single", first.start, last.start + last.word.length, name);
  m.afterPreposition =
    precededByPreposition(masked, tokens, runStart) || namesPrepositionalRole(masked, tokens, runStart);
  const before1 = tokens[firstIndex - 1];
  const titled =
    titles.some((t) => TITLE_WORDS.has(t) || TITLE_WORDS.has(t + ".")) ||
    (!!before1 &&
      TITLE_WORDS.has(before1.lower) &&
      !QUALIFIERS.has(before1.lower) &&
      gapIsSpace(masked, before1, first));
  if (!classify(ctx, m, parts, runStart, titled)) return null;
  if (m.kind === "person" || m.kind === "single") {
    const lowers = core.map((t) => t.lower);
    // Nearest words first: "Her son, Pieter" is a man, whatever "her" says.
    const near = nearWords(masked, tokens, runStart).filter((w) => !PRONOUN_CUES.has(w));
    m.gender =
      genderFrom([...titles].reverse().concat(near)) ??
      (FEMALE_NAMES.has(lowers[0]) ? "f" : MALE_NAMES.has(lowers[0]) && core.length > 1 ? "m" : null);
    m.title = titled && before1 ? before1.lower.replace(/\.$/, "") : null;
    m.roles = rolesAround(masked, tokens, firstIndex, runStart + run.length - 1);
  }
  return m;
}

/** Sets the mention's kind (and a body's "the"); false for places and things that never speak. */
function classify(ctx: Ctx, m: Mention, parts: NameParts, runStart: number, titled: boolean): boolean {
  const { masked, tokens, sentenceStarts } = ctx;
  const { core, hadThe, descriptor, firstIndex } = parts;
  const first = core[0];
  const lowers = core.map((t) => t.lower);
  const beforeRun = tokens[runStart - 1];
  const shadowed =
    beforeRun &&
    (beforeRun.possessive || beforeRun.lower === "the") &&
    // Only the word right before: "Clinton’s." ending the last paragraph owns nothing here.
    /^ +$/.test(masked.slice(beforeRun.end, first.start)) &&
    !titled &&
    !isGivenName(lowers[0]);
  if (countryFor(m.name)) {
    m.kind = "body";
    m.place = true;
  } else if (SPEAKING_PLACES.has(lowers.join(" "))) {
    m.kind = "body"; // "Downing Street said": an address standing for an office
  } else if (
    descriptor ||
    m.name.includes(" & ") || // "Harrow & Finch": partners' names joined make a firm
    lowers.some((w) => ORG_WORDS.has(w)) ||
    endsInExecutive(core) ||
    core.some(
      (t) =>
        t.word.length >= 2 && t.word === t.word.toUpperCase() && /\p{Lu}/u.test(t.word) && !isInitial(t.word),
    )
  ) {
    m.kind = "body";
    m.name = hadThe || shadowed ? "the " + m.name : m.name;
  } else if (
    (lowers.some((w) => PLACE_WORDS.has(w) || ADJECTIVES.has(w)) &&
      !isGivenName(lowers[0]) &&
      !(core.length === 2 && describedAsPerson(masked, core[1])) &&
      !(core.length === 1 && ctx.surnames.has(lowers[0])) &&
      !familyFirstName(core.map((t) => t.word))) ||
    shadowed
  ) {
    return false; // places and things ("Alder Valley", "the Clashing Tides"): never speakers
  } else if (core.length >= 2 && core.length <= 4) {
    // "Vitamin D", "Hepatitis C", "Plan B": a thing named by a letter, unless a given name leads.
    if (/^\p{Lu}$/u.test(core[core.length - 1].word) && core.length === 2 && !isGivenName(lowers[0]))
      return false;
    m.kind = "person";
  } else if (core.length === 1) {
    // Group, role and title words are found as such elsewhere ("Inspectors from …", "Industry analyst").
    if (GROUP_NOUNS.has(first.lower) || ROLE_NOUNS.has(first.lower) || BODY_HEADS.has(first.lower))
      return false;
    if (sentenceStarts.has(first.start) && !titled && TITLE_WORDS.has(first.lower)) return false;
    if (!titled && modifiesNoun(masked, tokens, runStart)) return false;
    m.kind = titled ? "person" : "single";
    m.sentenceInitial = sentenceStarts.has(first.start);
    const d = tokens[firstIndex - 1];
    m.orgDescriptor = !!d && ORG_DESCRIPTORS.has(d.lower) && gapIsSpace(masked, d, first);
  } else return false;
  return true;
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
