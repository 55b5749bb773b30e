import { describe, expect, it } from "vitest";
import { runRules } from "./engine.ts";
import { findingId, hashText } from "./findingId.ts";
import { contextFor } from "./ruleInputs.test-support.ts";
import type { ReviewContext, ReviewRule } from "./types.ts";

// A rule that flags every "purportedly", to test ids independently of any real rule's logic.
const everyWord: ReviewRule = {
  id: "test-word",
  severity: "warning",
  description: "test",
  check: (context: ReviewContext) =>
    [...context.text.matchAll(/purportedly/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      message: "m",
    })),
};

describe("finding ids", () => {
  it("are rule + excerpt hash + occurrence, so edits elsewhere keep them", () => {
    const before = runRules(contextFor("It purportedly fell. It purportedly rose."), [everyWord]);
    const after = runRules(
      contextFor("Earlier text was added.\n\nIt purportedly fell. It purportedly rose."),
      [everyWord],
    );
    expect(before.map((f) => f.id)).toEqual(after.map((f) => f.id));
    expect(before[0].start).not.toBe(after[0].start);
    expect(before.map((f) => f.id)).toEqual([
      `test-word:${hashText("purportedly")}:0`,
      `test-word:${hashText("purportedly")}:1`,
    ]);
  });

  it("differ by rule and by excerpt, and ignore quote-mark style and spacing", () => {
    expect(findingId("a", "x", 0)).not.toBe(findingId("b", "x", 0));
    expect(findingId("a", "x", 0)).not.toBe(findingId("a", "y", 0));
    expect(findingId("a", "“Mass  shelling”", 0)).toBe(findingId("a", '"Mass shelling"', 0));
  });

  it("fills rule, severity and excerpt and sorts by position", () => {
    const [first] = runRules(contextFor("It purportedly fell."), [everyWord]);
    expect(first).toMatchObject({ rule: "test-word", severity: "warning", excerpt: "purportedly", start: 3 });
  });
});
