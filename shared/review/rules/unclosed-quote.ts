// An opening quotation mark with no closing one leaves the reader unsure where the speaker's
// words end. The newspaper run-on convention (each paragraph of a long quote opens with a mark,
// only the last closes) is not an error: the detector already excepts it, and as a second guard a
// quote whose paragraph is followed by one opening with a mark is treated as running on.
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

const OPENING_MARK = /^["“‘']/;

export const unclosedQuote: ReviewRule = {
  id: "unclosed-quote",
  severity: "blocker",
  description: "A quotation mark opened and never closed.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const quote of context.detected) {
      if (quote.closed) continue;
      const paragraph = context.paragraphAt(quote.markStart);
      const next = context.paragraphs[context.paragraphs.indexOf(paragraph) + 1];
      if (next && OPENING_MARK.test(next.text)) continue;
      const end = Math.min(Math.max(quote.markEnd, quote.end), paragraph.end);
      drafts.push({
        start: quote.markStart,
        end,
        message: "This quotation mark is never closed: mark where the speaker's words end.",
        fix: { label: "Close the quotation where the quoted words end" },
      });
    }
    return drafts;
  },
};
