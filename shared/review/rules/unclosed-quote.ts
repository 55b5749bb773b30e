// An opening quotation mark with no closing one leaves the reader unsure where the speaker's
// words end. The newspaper run-on convention (each paragraph of a long quote opens with a mark,
// only the last closes) is not an error: the detector already excepts it (or reports the whole
// chain as one quote), and as a second guard a quote that stops at its paragraph's end while the
// next paragraph opens with a mark is treated as running on.
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
      const end = Math.max(quote.markEnd, quote.end);
      // A chain the detector kept separate: the next paragraph reopens, so this one runs on.
      if (next && end <= next.start && OPENING_MARK.test(next.text)) continue;
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
