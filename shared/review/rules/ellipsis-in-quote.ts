// An ellipsis inside a quote marks words the writer cut. That is allowed, but the editor should
// confirm the cut did not change what the speaker meant.
import { quotedSpans } from "../quoteSource.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

/** The ellipsis with a word either side, so the excerpt shows what was joined ("bloodshed... and"). */
const ELLIPSIS = /(?:[\p{L}\p{N}'’,-]+\s*)?(?:\.{3}|…|\. \. \.)(?:\s*[\p{L}\p{N}'’-]+)?/gu;
/** Whether there is an ellipsis at all: a plain search, before the one that tries every word. */
const ANY_ELLIPSIS = /\.\.\.|…|\. \. \./;

export const ellipsisInQuote: ReviewRule = {
  id: "ellipsis-in-quote",
  severity: "note",
  description: "An omission inside a quote: confirm the meaning survived the cut.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const span of quotedSpans(context)) {
      const words = context.text.slice(span.start, span.end);
      if (!ANY_ELLIPSIS.test(words)) continue;
      for (const m of words.matchAll(ELLIPSIS)) {
        const start = span.start + (m.index ?? 0);
        drafts.push({
          start,
          end: start + m[0].length,
          message: `Words were cut from this quote at "${m[0].trim()}": confirm the cut keeps the speaker's meaning.`,
          fix: { label: "Check the cut against the source's full words" },
        });
      }
    }
    return drafts;
  },
};
