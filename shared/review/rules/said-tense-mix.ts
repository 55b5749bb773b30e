// House style attributes in the past tense ("said"); a story that switches between "says" and
// "said" reads as careless. Flags the minority form, or every "says" on a tie.
import { matchCase, matchesOutsideQuotes } from "../matching.ts";
import { inSpans } from "../spans.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

/** "said"/"says" as attribution, not "is said to" or "that said". */
const SAY_FORMS = /(?<!\b(?:is|was|were|are|been|be|being|that|having|it's|Having|That)\s)\b(says|said)\b/gi;

export const saidTenseMix: ReviewRule = {
  id: "said-tense-mix",
  severity: "note",
  description: 'Attribution switches between "says" and "said".',
  check(context: ReviewContext): FindingDraft[] {
    // Headlines run in the present tense by style ("Solvane says plant will open"): not a switch.
    const matches = matchesOutsideQuotes(context, SAY_FORMS).filter(
      (m) => !inSpans(context.headings, m.index),
    );
    const says = matches.filter((m) => m[1].toLowerCase() === "says");
    const said = matches.filter((m) => m[1].toLowerCase() === "said");
    if (says.length === 0 || said.length === 0) return [];
    const minority = says.length <= said.length ? says : said;
    const wanted = minority === says ? "said" : "says";
    return minority.map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `The story mostly uses "${wanted}" for attribution; "${m[0]}" here switches tense.`,
      fix: { label: `Use "${wanted}"`, replacement: matchCase(wanted, m[0]) },
    }));
  },
};
