import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../../document/build.ts";
import { TEXT_FORMAT } from "../../document/nodes.ts";
import { articleBodySchema } from "../../document/schema.ts";
import { pendingSuggestions } from "../../document/suggestions.ts";
import { plainText } from "../../document/text.ts";
import {
  acceptTrackedText,
  applyTrackedChanges,
  TRACK_CLOSE as END,
  TRACK_OPEN,
  TRACK_OPEN_END,
  type TrackedChange,
} from "./trackedChanges.ts";

const open = (n: number) => `${TRACK_OPEN}${n}${TRACK_OPEN_END}`;
const changes: TrackedChange[] = [
  { kind: "delete", author: "Ana Ruiz", date: "2026-01-05T09:30:00Z" },
  { kind: "insert", author: "Ben Ode", date: "" },
];

describe("Word's tracked changes as suggestions", () => {
  it("wraps each marked stretch, across formats and paragraphs, with its author and time", () => {
    const marked = body([
      paragraph([
        textNode(`Turnout was ${open(0)}very `),
        textNode("low", TEXT_FORMAT.bold),
        textNode(` this year.`),
      ]),
      paragraph([textNode(`Counting ended.${END} ${open(1)}Results tonight.${END}`)]),
    ]);
    // The deletion's close mark sits in the second paragraph: it runs on over the break.
    const result = applyTrackedChanges(marked, changes);
    expect(articleBodySchema.safeParse(result).success).toBe(true);
    expect(pendingSuggestions(result)).toEqual([
      {
        id: "word-0",
        kind: "delete",
        author: "Ana Ruiz",
        initials: "AR",
        at: "2026-01-05T09:30:00.000Z",
        text: "very low this year. Counting ended.",
      },
      { id: "word-1", kind: "insert", author: "Ben Ode", initials: "BO", at: "", text: "Results tonight." },
    ]);
    expect(plainText(result)).toBe("Turnout was \n\n Results tonight.");
    expect(JSON.stringify(result)).not.toMatch(/[\uF8F0-\uF8F2]/);
  });

  it("accepts changes in a headline, where no suggestion can live", () => {
    expect(acceptTrackedText(`Vote ${open(0)}delayed ${END}${open(1)}held${END} today`, changes)).toBe(
      "Vote held today",
    );
  });
});
