// Bodies: a named organisation, a capital for its country, "the company" to the one last in the
// news, "its report" to its owner, a spokesperson to whoever they speak for, a document to its author.

import { DOCUMENT_HEADS } from "../language/words.ts";
import { adjectiveFor, countryFor, type Mention } from "./mentions.ts";
import {
  DOCUMENT_BY,
  fold,
  GENERIC_ORG_HEADS,
  isCourt,
  isDocument,
  lastBefore,
  lastSubject,
  LOOKBACK,
  namedBodySince,
  ownerName,
  sentenceIndex,
  speaker,
  type Speaker,
  type Story,
} from "./story.ts";
import { resolvePronoun } from "./resolvePeople.ts";

/** "a spokesperson for Greenmoor said": the organisation speaks through its spokesperson. */
export function spokespersonFor(story: Story, m: Mention): Speaker | null {
  if (!/spokes(?:man|woman|person)|representative/.test(m.name)) return null;
  const next = story.mentions[lastBefore(story.mentions, m.end) + 1];
  if (!next || next.start < m.end || next.kind === "pronoun") return null;
  // "for the council", "for Gov. Tess Lindqvist", "for House Speaker Mark Delaney".
  const between = story.text.slice(m.end, next.start);
  if (!/^\s+(?:for|at|of)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$/iu.test(between)) return null;
  const body = story.resolve(next, true);
  if (!body) return null;
  // "A spokeswoman for Gov. Tess Lindqvist said": the governor speaks through her.
  if (body.kind === "person" && body.certain) return body;
  return { ...body, kind: "body", via: "body", certain: true };
}

export function resolveBody(story: Story, m: Mention): Speaker | null {
  if (m.place) {
    const country = countryFor(m.name);
    return { ...speaker(m.name, "body", "body"), country };
  }
  if (m.head === null) {
    // A named organisation; "Tarsis" after "Tarsis Motors" is the fuller name.
    const word = fold(m.name);
    const fuller = story.namedBodiesByFirst.get(word)?.find((x) => x.m.start < m.start)?.m;
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
  if (m.possessor) return possessedBody(story, m, phrase);
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
  const withHead = story.bodiesByWord.get(m.head) ?? [];
  for (let i = withHead.length - 1; i >= 0 && !fuller; i--) {
    const { m: x, words } = withHead[i];
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

/** "its report", "Armenia's defense ministry": the owner's body, or a document its owner issued. */
function possessedBody(story: Story, m: Mention, phrase: string): Speaker | null {
  const pronoun = { its: "it", their: "they", his: "he", her: "she" }[m.possessor ?? ""];
  const owner = pronoun ? resolvePronoun(story, pronoun, m.start) : resolveByName(story, m);
  if (DOCUMENT_HEADS.has(m.head ?? "")) return owner;
  if (!owner) return speaker(m.name, "body", "body", false);
  return speaker(`${ownerName(story, owner)}'s ${phrase}`, "body", "body", owner.certain);
}

function resolveByName(story: Story, m: Mention): Speaker | null {
  const owner = story.mentions.find((x) => x.start === m.start && x !== m) ?? null;
  if (owner) return story.resolve(owner, true);
  const name = m.possessor ?? "";
  const country = countryFor(name);
  return { ...speaker(name, "body", "body"), country };
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
    const r = author && story.resolve(author, true);
    if (r && r.kind === "person") return r;
  }
  const s = story.sentences[sentenceIndex(story, last)];
  if (!s || s.end > m.start) return null;
  const inSentence = story.subjects.filter((x) => x.at >= s.start && x.at < s.end);
  return inSentence.filter((x) => x.speaker.kind === "person" && x.speaker.certain).pop()?.speaker ?? null;
}

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
