// Length against the desk's targets (issue 18): words against the article's target, and the
// characters of a headline or dek against their limits. Pure, so the status bar and the tests
// agree on what "over" means.

export const DEFAULT_LIMITS = { headline: 70, dek: 160 } as const;

/** Within this share of the target a story counts as on length (an 800-word target: 780-820). */
const ON_TARGET_SHARE = 0.025;

export interface WordTargetStatus {
  state: "under" | "on" | "over";
  /** Words to go (under) or to cut (over); 0 when on length. */
  by: number;
  label: string;
}

export function wordTargetStatus(words: number, target: number): WordTargetStatus {
  const slack = Math.round(target * ON_TARGET_SHARE);
  const diff = words - target;
  if (Math.abs(diff) <= slack) return { state: "on", by: 0, label: `on target (${target})` };
  if (diff < 0) return { state: "under", by: -diff, label: `${-diff} under ${target}` };
  return { state: "over", by: diff, label: `${diff} over ${target}` };
}

/** Characters as a reader sees them: one per user-perceived character, emoji included. */
export function characterCount(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(segmenter.segment(text)).length;
}
