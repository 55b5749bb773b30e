// "claimed", "admitted", "insisted" tell the reader what to think of the words; "said" does not.
// Flags such verbs when they attribute speech: in a detected quote's cue, next to a quotation
// mark, or after a person-like subject with a clause following ("He admitted that ...").
import { matchCase, matchesOutsideQuotes } from "../matching.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";
import { LOADED_VERBS, LOADED_WHEN_ATTRIBUTING } from "../../language/loadedVerbs.ts";

const LOADED = new RegExp(String.raw`\b(${LOADED_VERBS})\b`, "gi");

/** Person-like subjects: pronouns, or a capitalised name that is not a determiner. */
const SUBJECT_BEFORE =
  /(?:\b(?:he|she|they|I|we|He|She|They|We)|(?<!\b(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|In|On|At|As)\s)\b[A-Z][\w'’.-]+(?<!['’]s))\s+(?:(?:has|have|had|also|later|again|repeatedly|previously|once|then)\s+)*$/;
/** What follows an attribution verb: a clause, a quote, or "to reporters". */
const CLAUSE_AFTER =
  /^(?:\s+(?:that|to\s+(?:reporters|journalists|the|a|an|[A-Z])|on\b|in\b|he|she|they|it|we|I|his|her|the|a|[a-z]+ed\b)|\s*[,:]\s*["“]|\s*,)/;
/** Passive and adjectival uses are not attribution: "was admitted to hospital", "the alleged attacker". */
const NOT_ATTRIBUTION_BEFORE = /\b(?:was|were|is|are|be|been|being|the|an?|its|his|her|their|our|to)\s+$/i;
/** "his claim", "Russia's claim", "an explosive claim": a noun, not an attribution verb. */
const NOUN_FORMS = new Set([
  "claim",
  "claims",
  "boast",
  "boasts",
  "blasts",
  "slams",
  "laments",
  "retort",
  "retorts",
  "quips",
  "mocks",
  "reveal",
]);
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|his|her|their|its|this|that|our|my|your|whose)|['’]s)\s+(?:\p{Ll}+\s+)?$/iu;
/** Right after closing quote mark and comma: '," he claimed' — or just before an opening one. */
const NEXT_TO_QUOTE_BEFORE = /["”][,.]?\s*(?:\S+\s+){0,3}$/;

/** "said" in the tense and person of the loaded form. */
export function neutralFor(form: string): string {
  const lower = form.toLowerCase();
  const said = lower.endsWith("ed") || lower === "snapped" ? "said" : lower.endsWith("s") ? "says" : "say";
  return matchCase(said, form);
}

export const loadedAttributionVerb: ReviewRule = {
  id: "loaded-attribution-verb",
  severity: "warning",
  description: 'A loaded attribution verb (claimed, admitted, insisted...) where "said" is neutral.',
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const cues = context.detected.filter((q) => q.cueStart !== null && q.cueEnd !== null);
    for (const m of matchesOutsideQuotes(context, LOADED)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = context.text.slice(Math.max(0, start - 60), start);
      const after = context.text.slice(end, end + 40);
      if (NOT_ATTRIBUTION_BEFORE.test(before)) continue;
      const inCue = cues.some((q) => (q.cueStart as number) <= start && end <= (q.cueEnd as number));
      const byQuote = NEXT_TO_QUOTE_BEFORE.test(before) || /^\s*,?\s*["“]/.test(after);
      const bySubject = SUBJECT_BEFORE.test(before) && CLAUSE_AFTER.test(after);
      // "Trump mocked Rubio as "Little Marco"": a verb in the sentence that carries a quotation.
      const noun = NOUN_FORMS.has(m[0].toLowerCase()) && NOUN_BEFORE.test(before);
      const sentence = context.sentenceAt(start);
      const inQuoteSentence =
        !noun && context.detected.some((q) => q.markStart >= sentence.start && q.markStart < sentence.end);
      // "The mayor asserted that …": a that-clause of reported speech follows.
      const byThat = /^\s+that\b/.test(after) && !noun;
      if (!inCue && !byQuote && !bySubject && !inQuoteSentence && !byThat) continue;
      // "slammed the door", "touted the plan": these judge only when words follow as speech.
      const word = m[0].toLowerCase();
      if (
        LOADED_WHEN_ATTRIBUTING.has(word) &&
        !inCue &&
        !byQuote &&
        !inQuoteSentence &&
        !/^\s+that\b/.test(after)
      )
        continue;
      const said = neutralFor(m[0]);
      drafts.push({
        start,
        end,
        message: `"${m[0]}" judges the speaker's words; "${said}" reports them neutrally.`,
        fix: { label: `Use "${said}"`, replacement: said },
      });
    }
    return drafts;
  },
};
