import { describe, expect, it } from "vitest";
import { reviewArticle } from "../index.ts";
import { bodyFromText } from "../textBody.ts";
import { contextFor } from "../ruleInputs.test-support.ts";
import { findPlaceholders, placeholderRule } from "./placeholder-left.ts";

const hits = (text: string, markers?: string[]) =>
  placeholderRule(markers)
    .check(contextFor(text))
    .map((d) => text.slice(d.start, d.end));

describe("placeholder-left", () => {
  it("flags TK standing alone or repeated, not inside words", () => {
    expect(hits("The fire started at TK and TKTK people left. Atkins and TKO are words.")).toEqual([
      "TK",
      "TKTK",
    ]);
    expect(hits("lower-case tk is not the marker")).toEqual([]);
  });

  it("flags placeholders inside quotations too", () => {
    expect(hits('"We lost TK homes," she said.')).toEqual(["TK"]);
  });

  it("takes the desk's own markers, symbols included", () => {
    expect(hits("Cost was XX. Check [[name]] and ?? later. XXL is a size.", ["XX", "[[", "??"])).toEqual([
      "XX",
      "[[",
      "??",
    ]);
    expect(findPlaceholders("TK", [])).toEqual([]);
  });

  it("is a blocker in the review", () => {
    const findings = reviewArticle({ body: bodyFromText("Police said TK were hurt."), sources: [] });
    const found = findings.filter((f) => f.rule === "placeholder-left");
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("blocker");
  });
});
