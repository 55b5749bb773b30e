// Company names the word lists do not know ("Brightwater", "Harlow Foods") are found as people by
// mentions.ts; this pass turns them into bodies when the story itself treats them as one.

import { gapIsSpace, isGivenName, ORG_DESCRIPTORS, type Mention, type Token } from "./mentions.ts";
import { familyFirstName } from "./mentionWords.ts";

const BACK_REFERENCES = new Set(["company", "firm", "startup", "group", "business", "retailer", "chain"]);

/**
 * Company names the word lists do not know ("Brightwater", "Harlow Foods") read as people until the
 * story treats them as a body: a descriptor before the name ("rival Harlow Foods"), "shares" after
 * it, or, before anyone else is named, "its …", "it said" or "the company".
 */
export function markBodies(
  masked: string,
  tokens: Token[],
  mentions: Mention[],
  sentenceStarts: Set<number>,
): Mention[] {
  const index = new Map(tokens.map((t, i) => [t.start, i]));
  // A surname of someone the story names is that person, not a company: "Park" for Park Ji-won too.
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !/\s/.test(m.name)) continue;
    const words = m.name.split(/\s+/);
    surnames.add(words[words.length - 1]);
    if (familyFirstName(words)) surnames.add(words[0]);
  }
  const bodies = new Set<string>();
  mentions.forEach((m, n) => {
    if ((m.kind !== "person" && m.kind !== "single") || m.title || m.roles.length > 0) return;
    const words = m.name.split(/\s+/);
    if (isGivenName(words[0].toLowerCase()) || (words.length === 1 && surnames.has(m.name))) return;
    const i = index.get(m.start);
    if (i === undefined) return;
    const before = tokens[i - 1];
    let lastTok = i; // the name's last token (its end may stop short of a possessive 's)
    while (lastTok + 1 < tokens.length && tokens[lastTok].end < m.end) lastTok++;
    const after = tokens[lastTok + 1];
    if (
      m.orgDescriptor ||
      (before &&
        !before.capital &&
        ORG_DESCRIPTORS.has(before.lower) &&
        gapIsSpace(masked, before, tokens[i])) ||
      (after && /^(?:shares|stock)$/.test(after.lower) && gapIsSpace(masked, tokens[lastTok], after)) ||
      // "Brookfield Care, which ran Elmfield House": "which", not "who", follows a thing.
      (after?.lower === "which" && /^,\s*$/.test(masked.slice(tokens[lastTok].end, after.start))) ||
      referredToAsBody(masked, tokens, lastTok + 1, mentions.slice(n + 1, n + 6), sentenceStarts)
    )
      bodies.add(m.name);
  });
  if (bodies.size === 0) return mentions;
  const firstWords = new Set([...bodies].map((b) => b.split(/\s+/)[0]));
  for (const m of mentions) {
    if (m.kind !== "person" && m.kind !== "single") continue;
    if (!bodies.has(m.name) && !(m.kind === "single" && firstWords.has(m.name))) continue;
    m.kind = "body";
    m.gender = null;
  }
  return mentions;
}

/** Before the next mention and within two sentences: "its", "it said", "the company". */
function referredToAsBody(
  masked: string,
  tokens: Token[],
  from: number,
  later: Mention[],
  sentenceStarts: Set<number>,
): boolean {
  // "it" is no other name: "Brookfield Care said it had … "…," it said".
  const nextMention = later.find((m) => m.kind !== "pronoun" || m.name !== "it");
  let sentences = 0;
  for (let i = from; i < tokens.length && i < from + 40; i++) {
    const t = tokens[i];
    if (sentenceStarts.has(t.start) && ++sentences > 1) return false;
    if (t.lower === "its") return true;
    if (t.lower === "it" && SPEECH_VERB_AFTER_IT.test(tokens[i + 1]?.lower ?? "")) return true;
    if (nextMention && t.start >= nextMention.start) {
      return (
        nextMention.kind === "body" &&
        nextMention.possessor === null &&
        BACK_REFERENCES.has(nextMention.head ?? "") &&
        // "Brackley Freight, the logistics company that ran the depot": an apposition may describe it.
        (nextMention.modifiers.length === 0 ||
          /^,\s*$/.test(masked.slice(tokens[from - 1].end, nextMention.start)))
      );
    }
  }
  return false;
}
const SPEECH_VERB_AFTER_IT = /^(?:said|says|added|announced|confirmed|reported|posted)$/;
