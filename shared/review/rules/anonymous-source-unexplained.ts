// Anonymity is granted for a reason, and the reason is on record before the story runs. One
// finding per anonymous source, at its first tagged quote: the fix is on the source record.
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

export const anonymousSourceUnexplained: ReviewRule = {
  id: "anonymous-source-unexplained",
  severity: "blocker",
  description: "A tagged anonymous source with no recorded reason for anonymity.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const tag of context.tagged) {
      const source = tag.source;
      if (!source || source.standing !== "anonymous" || seen.has(source.id)) continue;
      if (source.anonymityReason && source.anonymityReason.trim()) continue;
      seen.add(source.id);
      drafts.push({
        start: tag.start,
        end: tag.end,
        message: `${source.name || "This source"} is quoted anonymously with no recorded reason: record why the paper granted anonymity.`,
        fix: { label: "Record the reason for anonymity on the source" },
      });
    }
    return drafts;
  },
};
