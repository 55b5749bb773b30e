import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { vagueAttribution } from "./vague-attribution.ts";

const hits = (text: string, quotes: string[] = []) =>
  vagueAttribution
    .check(
      contextFor(
        text,
        quotes.map((q) => quoteAt(text, q)),
      ),
    )
    .map((d) => text.slice(d.start, d.end));

describe("vague-attribution", () => {
  it('flags "They said" with no one for "they" to be', () => {
    const text =
      "Blasts were heard Tuesday in Khankandi, which Armenians call Stepanakert.\n\nThey said towns were under fire.";
    expect(hits(text)).toEqual(["They said"]);
  });

  it("flags faceless groups and passive attribution", () => {
    expect(hits("Officials said the road was closed. Critics say it was late.")).toEqual([
      "Officials said",
      "Critics say",
    ]);
    expect(hits("The bridge, according to sources, was unsafe. It was said that nobody checked.")).toEqual([
      "according to sources",
      "It was said",
    ]);
    expect(hits("Some experts say the dam will hold.")).toEqual(["experts say"]);
  });

  it('passes "they" with a plural antecedent and identified groups', () => {
    expect(
      hits("Two residents, Ana Ruiz and Tom Lee, waited for hours. They said the water was cold."),
    ).toEqual([]);
    expect(
      hits("Firefighters told reporters the blaze was contained.\n\nThey said the cause was not yet known."),
    ).toEqual([]);
    expect(hits("The flood hit hard, Pentagon officials said. Azerbaijani officials said little.")).toEqual(
      [],
    );
    expect(hits("The mayor said the plan would change.")).toEqual([]);
  });

  it("ignores vague words inside a quotation", () => {
    const text = '"They said the bridge was safe," the mayor said.';
    expect(hits(text, ["They said the bridge was safe,"])).toEqual([]);
  });
});

describe("vague-attribution: generic qualifiers", () => {
  const found = (text: string) =>
    vagueAttribution.check(contextFor(text)).map((d) => text.slice(d.start, d.end));
  it("flags a sentence-initial generic qualifier, not a named body", () => {
    expect(found("Industry insiders claim the company is short of cash.")).toEqual(["insiders claim"]);
    expect(found("Government sources say the cabinet is split.")).toEqual(["sources say"]);
    expect(found("Pentagon officials said the drill was routine.")).toEqual([]);
  });
});
