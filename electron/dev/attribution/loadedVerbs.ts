// The loaded-verb measure for `npm run eval:attribution -- FILE --loaded`: runs the review's
// loaded-attribution-verb rule on each article and compares its findings with the annotated cues.
// Recall: of the loaded verbs ("claimed", "admitted", ...) standing in an annotated cue, how many
// the rule flags. Quoted false alarms: of the rule's findings, how many fall inside quoted words.
import { detectQuotes, matchSourceName } from "../../../shared/quotes/index.ts";
import { reviewWith } from "../../../shared/review/review.ts";
import { bodyFromText } from "../../../shared/review/textBody.ts";
import { bodyText } from "../../../shared/document/text.ts";
import { loadedAttributionVerb } from "../../../shared/review/rules/loaded-attribution-verb.ts";
import { LOADED_VERBS } from "../../../shared/language/loadedVerbs.ts";
import type { GoldArticle } from "./match.ts";

export interface LoadedTally {
  inCues: number;
  flaggedInCues: number;
  findings: number;
  insideQuotes: number;
  /** Findings in no annotated cue: not all wrong (annotators skip some), but the ones to read. */
  outsideCues: number;
  misses: string[];
}

const NOUN_BEFORE =
  /(?:\b(?:the|a|an|his|her|their|its|this|that|our|my|your|whose)|['’]s)\s+(?:\p{L}+\s+)?$/iu;
const LOADED = new RegExp(String.raw`\b(?:${LOADED_VERBS})\b`, "gi");

export function tallyLoaded(article: GoldArticle, t: LoadedTally, verbose: boolean): void {
  const body = bodyFromText(article.text);
  const deps = { detectQuotes, matchSourceName };
  const toArticle = align(bodyText(body).text, article.text);
  const flagged = reviewWith(deps, { body, sources: [] }, [loadedAttributionVerb]).map((f) => ({
    start: toArticle[f.start],
    end: toArticle[f.end - 1] + 1,
  }));
  const at = (start: number): boolean => flagged.some((f) => f.start <= start && start < f.end);
  t.findings += flagged.length;
  for (const f of flagged) {
    if (article.quotes.some((q) => q.start <= f.start && f.end <= q.end)) t.insideQuotes++;
    const inCue = article.quotes.some((q) =>
      (q.cue_spans ?? []).some(([a, b]) => a <= f.start && f.end <= b),
    );
    if (!inCue) {
      t.outsideCues++;
      if (verbose)
        t.misses.push(
          `${article.id}@${f.start}: flagged "${article.text.slice(f.start, f.end)}" in no cue: ${article.text.slice(f.start - 60, f.end + 40).replace(/\s+/g, " ")}`,
        );
    }
  }
  for (const q of article.quotes)
    for (const [a, b] of q.cue_spans ?? []) {
      const cue = article.text.slice(a, b);
      for (const m of cue.matchAll(LOADED)) {
        // Count verbs only: "his claim", "Bombshell Claim:" are nouns an editor leaves alone.
        const at0 = a + (m.index ?? 0);
        const lead = article.text.slice(Math.max(0, at0 - 40), at0);
        if (
          NOUN_BEFORE.test(lead) ||
          /^\p{Lu}/u.test(m[0]) ||
          /^:/.test(article.text.slice(at0 + m[0].length))
        )
          continue;
        t.inCues++;
        if (at(a + (m.index ?? 0))) t.flaggedInCues++;
        else if (verbose) t.misses.push(`${article.id}@${a}: loaded "${m[0]}" not flagged in cue "${cue}"`);
      }
    }
}

/** Offsets of the review's body text in the article's text: the two differ only in white space. */
function align(body: string, text: string): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < body.length; i++) {
    if (/\s/.test(body[i])) {
      map.push(j);
      continue;
    }
    while (j < text.length && text[j] !== body[i]) j++;
    map.push(j);
    j++;
  }
  map.push(j);
  return map;
}
