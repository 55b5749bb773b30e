// A story whose every quote comes from one source gives readers one side. Not an error (a
// profile or a statement story can be single-source) but an editor wants to see it before it runs.
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

/** Who a quote belongs to: the confirmed tag's source, else the detected speaker's surname. */
function speakerKey(context: ReviewContext, index: number): string | null {
  const quote = context.detected[index];
  const tag = context.tagged.find((t) => t.start < quote.end && quote.start < t.end);
  if (tag?.sourceId && tag.status === "confirmed") return `source:${tag.sourceId}`;
  if (!quote.speaker) return null;
  if (quote.speakerKind === "person") return `name:${(quote.speaker.split(/\s+/).pop() ?? "").toLowerCase()}`;
  return `name:${quote.speaker.toLowerCase().replace(/^the\s+/, "")}`;
}

const MIN_QUOTES = 2;

export const singleSourceStory: ReviewRule = {
  id: "single-source-story",
  severity: "note",
  description: "Every quote in the story comes from one source.",
  check(context: ReviewContext): FindingDraft[] {
    const full = context.detected.map((q, i) => ({ q, i })).filter(({ q }) => q.kind === "full");
    if (full.length < MIN_QUOTES) return [];
    const keys = new Set<string>();
    for (const { i } of full) {
      const key = speakerKey(context, i);
      if (key === null) return []; // an unknown speaker may be a second source; don't guess
      keys.add(key);
    }
    if (keys.size !== 1) return [];
    const first = full[0].q;
    const who = first.speaker ?? "one source";
    return [
      {
        start: first.start,
        end: first.end,
        excerpt: who,
        message: `All ${full.length} quotes in this story come from ${who}: consider a second source.`,
      },
    ];
  },
};
