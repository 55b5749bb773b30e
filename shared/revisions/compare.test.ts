import { describe, expect, it } from "vitest";
import { body, paragraph } from "../document/build.ts";
import { compareRevisions, compareText } from "./compare.ts";

const marked = (before: string, after: string) =>
  compareText(before, after)
    .parts.map((p) =>
      p.kind === "inserted" ? `[+${p.text}]` : p.kind === "deleted" ? `[-${p.text}]` : p.text,
    )
    .join("");

describe("comparing revisions word by word", () => {
  it("marks a replaced word as a deletion and an insertion", () => {
    expect(marked("The council voted on Tuesday.", "The council met on Tuesday.")).toBe(
      "The council [-voted][+met] on Tuesday.",
    );
  });

  it("counts inserted and deleted words", () => {
    const diff = compareText("Three people were hurt.", "Three people were badly hurt in the fire.");
    expect(diff.inserted).toBe(4);
    expect(diff.deleted).toBe(0);
  });

  it("compares headline, dek and body, across paragraphs", () => {
    const older = { headline: "Fire in town", dek: "", body: body([paragraph("One."), paragraph("Two.")]) };
    const newer = {
      headline: "Fire in town",
      dek: "Three hurt",
      body: body([paragraph("One."), paragraph("Three.")]),
    };
    const result = compareRevisions(older, newer);
    expect(result.headline.inserted + result.headline.deleted).toBe(0);
    expect(result.dek.inserted).toBe(2);
    expect(result.body.parts.filter((p) => p.kind !== "same").map((p) => p.text)).toEqual(["Two", "Three"]);
  });
});
