// Words a writer adds inside a direct quote are not the speaker's. Style marks them with square
// brackets (or paraphrases them); parentheses make them read as the speaker's own aside.
import { quotedSpans } from "../quoteSource.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

const PARENTHETICAL = /\(([^()\n]{1,80})\)/g;

export const quoteInsertion: ReviewRule = {
  id: "quote-insertion",
  severity: "warning",
  description: "An editorial insertion in parentheses inside a quote; use square brackets or paraphrase.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const span of quotedSpans(context)) {
      const words = context.text.slice(span.start, span.end);
      for (const m of words.matchAll(PARENTHETICAL)) {
        const start = span.start + (m.index ?? 0);
        drafts.push({
          start,
          end: start + m[0].length,
          message: `"${m[0]}" inside the quote reads as the speaker's words: mark an insertion with square brackets, or paraphrase.`,
          fix: { label: "Use square brackets", replacement: `[${m[1]}]` },
        });
      }
    }
    return drafts;
  },
};
