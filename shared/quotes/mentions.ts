// Finds who and what an article names outside its quotations: people (with titles stripped),
// bodies (organisations, ministries, countries, capitals), pronouns, plural groups and unnamed roles.
// Works on masked text, so names inside quotes are not taken for speakers.

import type { Token } from "../language/tokens.ts";
import type { Mention } from "./mentionTypes.ts";
import { nameMentions } from "./nameMentions.ts";
import { bodyHeadMentions, pronounAndRoleMentions } from "./roleMentions.ts";

export { tokenize, type Token } from "../language/tokens.ts";
export { blank, gapIsSpace, type Gender, type Mention, type MentionKind } from "./mentionTypes.ts";
export { adjectiveFor, countryFor, isGivenName, ORG_DESCRIPTORS } from "./mentionWords.ts";

export function findMentions(masked: string, tokens: Token[], sentenceStarts: Set<number>): Mention[] {
  return dropOverlaps([
    ...nameMentions(masked, tokens, sentenceStarts),
    ...bodyHeadMentions(masked, tokens),
    ...pronounAndRoleMentions(masked, tokens),
  ]);
}

/**
 * "Name, whose sons …," / "Name, an analyst at …," / "Name, 63, a retired railway employee,": a
 * comma and a lower-case description follow (an age may come first).
 */
export function opensApposition(text: string, m: Mention): boolean {
  return m.kind !== "pronoun" && /^,\s+(?:\d{1,3},\s+)?\p{Ll}/u.test(text.slice(m.end, m.end + 10));
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
