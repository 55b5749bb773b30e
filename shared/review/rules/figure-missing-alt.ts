// A picture without alt text says nothing to a reader who cannot see it (a screen reader reads
// the file name or nothing). The caption does not stand in: it tells the story around the
// picture, the alt text what is in it.
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

export const figureMissingAlt: ReviewRule = {
  id: "figure-missing-alt",
  severity: "warning",
  description: "A photo or graphic without alt text.",
  check(context: ReviewContext): FindingDraft[] {
    return context.figures
      .filter((figure) => figure.alt.trim() === "")
      .map((figure) => ({
        start: figure.at,
        end: figure.at,
        excerpt: figure.caption || `figure ${figure.index + 1}`,
        message: "This picture has no alt text: say in a line what it shows, for readers who cannot see it.",
        fix: { label: "Add alt text" },
      }));
  },
};
