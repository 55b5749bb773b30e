// A quotation goes out only when the editor has confirmed who said it. A detected quote counts
// as tagged when a confirmed quotation node with a source covers most of its words; a suggested
// tag, or a tag without a source, still needs the editor.
import { overlap } from "../spans.ts";
import type { FindingDraft, ReviewContext, ReviewRule, ReviewSource } from "../types.ts";
import type { Attributed } from "../../document/text.ts";

function isConfirmed(tag: Attributed<ReviewSource>): boolean {
  return tag.status === "confirmed" && tag.sourceId !== null;
}

function shorten(words: string): string {
  const flat = words.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

export const untaggedQuote: ReviewRule = {
  id: "untagged-quote",
  severity: "blocker",
  description: "A quotation with no confirmed source.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const reported: { start: number; end: number }[] = [];
    for (const quote of context.detected) {
      const span = { start: quote.start, end: quote.end };
      const length = Math.max(1, quote.end - quote.start);
      const tags = context.tagged.filter((t) => overlap(t, span) > 0);
      if (tags.some((t) => isConfirmed(t) && overlap(t, span) * 2 >= length)) continue;
      const suggested = tags.some((t) => t.status === "suggested");
      drafts.push({
        start: quote.start,
        end: quote.end,
        message: suggested
          ? `The quote "${shorten(quote.text)}" has only a suggested source: confirm who said it.`
          : `The quote "${shorten(quote.text)}" is not tied to a source: tag who said it.`,
        fix: { label: quote.speaker ? `Tag the quote to ${quote.speaker}` : "Tag the quote to its source" },
      });
      reported.push(span);
    }
    // Tags the detector did not see (no quotation marks, say) still need a confirmed source.
    for (const tag of context.tagged) {
      if (isConfirmed(tag) || reported.some((r) => overlap(r, tag) > 0)) continue;
      drafts.push({
        start: tag.start,
        end: tag.end,
        message:
          tag.status === "suggested"
            ? `The quote "${shorten(tag.text)}" has only a suggested source: confirm who said it.`
            : `The quote "${shorten(tag.text)}" is tagged but has no source: pick one.`,
        fix: { label: "Pick and confirm the quote's source" },
      });
    }
    return drafts;
  },
};
