// Every picture runs with a credit: who took it or who supplied it. Checks figure blocks, and
// paragraphs that read as a photo caption pasted into the running text ("This photo shared by...").
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";
import { AGENCY_PATTERN } from "../../language/credits.ts";

const CAPTION_START =
  /^(?:\(?(?:photo|picture|image|pictured|file photo|video)\s*:|(?:this|in this|a|an|the)\s+(?:undated\s+|handout\s+|file\s+|screen-?grab\s+|satellite\s+)?(?:photo|picture|image|photograph|video grab|screenshot|screengrab|still)\b)/i;
const CAPTION_ANYWHERE =
  /\((?:photo|picture|image)\s*:[^)]*\)|\b(?:photo|image|picture|video)\s+(?:shared|released|provided|distributed|posted)\s+by\b/i;

/** A credit: an agency, "(Photo: Jane Doe/Daily Star)", "Photo by", "Credit:", "©", "courtesy of". */
const CREDIT = new RegExp(
  AGENCY_PATTERN.source +
    String.raw`|\((?:[^()]*\s)?(?:photo|picture|image)\s*[:/]\s*[^()]*\/[^()]*\)|\b(?:photo|picture|image)s?\s+(?:by|credit|courtesy(?:\s+of)?)\s*:?\s*[A-Z]|\bcredit\s*:|©|\bcourtesy\s+of\s+[A-Z]`,
  "i",
);

export const captionMissingCredit: ReviewRule = {
  id: "caption-missing-credit",
  severity: "warning",
  description: "A photo or caption without a credit.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const figure of context.figures) {
      if (figure.credit.trim()) continue;
      drafts.push({
        start: figure.at,
        end: figure.at,
        excerpt: figure.caption || figure.alt || `figure ${figure.index + 1}`,
        message: "This photo has no credit: add who took or supplied it.",
        fix: { label: "Add a photo credit" },
      });
    }
    for (const paragraph of context.paragraphs) {
      const caption = CAPTION_START.test(paragraph.text) || CAPTION_ANYWHERE.test(paragraph.text);
      if (!caption || CREDIT.test(paragraph.text)) continue;
      drafts.push({
        start: paragraph.start,
        end: paragraph.end,
        message:
          "This paragraph reads as a photo caption but gives no credit: add the credit, or move it into a figure.",
        fix: { label: "Add a photo credit" },
      });
    }
    return drafts;
  },
};
