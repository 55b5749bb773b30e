import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../../document/build.ts";
import { TEXT_FORMAT } from "../../document/nodes.ts";
import { articleBodySchema } from "../../document/schema.ts";
import { pendingSuggestions } from "../../document/suggestions.ts";
import { applyFormatChanges, FORMAT_CLOSE, FORMAT_OPEN, FORMAT_OPEN_END } from "./formatChanges.ts";
import { applyTrackedChanges, TRACK_CLOSE, TRACK_OPEN, TRACK_OPEN_END } from "./trackedChanges.ts";

const bold = (n: number) => `${FORMAT_OPEN}${n}${FORMAT_OPEN_END}`;

describe("Word's tracked formatting as suggestions", () => {
  it("nests inside a tracked insertion, each with its own author", () => {
    const marked = body([
      paragraph([
        textNode("Rates rise "),
        textNode(
          `${TRACK_OPEN}0${TRACK_OPEN_END}${bold(0)}sharply${FORMAT_CLOSE}${TRACK_CLOSE}`,
          TEXT_FORMAT.bold,
        ),
        textNode(" today."),
      ]),
    ]);
    const inserted = applyTrackedChanges(marked, [{ kind: "insert", author: "Ben Ode", date: "" }]);
    const result = applyFormatChanges(inserted, [
      { author: "Ana Ruiz", date: "2026-01-05T09:30:00Z", formats: [{ format: "bold", on: true }] },
    ]);
    expect(articleBodySchema.safeParse(result).success).toBe(true);
    expect(pendingSuggestions(result)).toMatchObject([
      { kind: "insert", author: "Ben Ode", text: "sharply" },
      { kind: "format", formatting: { format: "bold", on: true }, author: "Ana Ruiz", text: "sharply" },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/[\uF8F0-\uF8F5]/);
  });
});
