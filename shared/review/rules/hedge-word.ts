// Hedges ("purportedly", "is said to") put an unverified claim in the paper's own voice. Inside a
// quotation they are the speaker's words and fine; outside, attribute the claim or verify it.
import { matchesOutsideQuotes } from "../matching.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

/** The verb after "is said to": not a recipient ("reported to regulators", "said to the police"). */
const VERB = String.raw`(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|police)\b|\w+s\b)\w+`;

const HEDGE = new RegExp(
  String.raw`\b(?:purported(?:ly)?|reportedly|allegedly|supposedly|apparently|ostensibly|seemingly|rumou?red` +
    String.raw`|(?:is|are|was|were|being|been)\s+(?:said|believed|thought|understood|alleged|reported|rumou?red|claimed|suspected)\s+to\s+${VERB}` +
    String.raw`|it\s+(?:is|was|has\s+been)\s+(?:believed|thought|understood|rumou?red)\s+that)\b`,
  "gi",
);

export const hedgeWord: ReviewRule = {
  id: "hedge-word",
  severity: "warning",
  description: "A hedge word outside quotations: an unverified claim in the paper's own voice.",
  check(context: ReviewContext): FindingDraft[] {
    return matchesOutsideQuotes(context, HEDGE).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" states an unverified claim in the paper's own voice: attribute it to a named source or verify it.`,
      fix: { label: "Attribute the claim or remove the hedge" },
    }));
  },
};
