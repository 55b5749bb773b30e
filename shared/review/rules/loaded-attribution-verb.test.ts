import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { loadedAttributionVerb, neutralFor } from "./loaded-attribution-verb.ts";

const findings = (text: string, quotes: string[] = []) =>
  loadedAttributionVerb.check(
    contextFor(
      text,
      quotes.map((q) => quoteAt(text, q)),
    ),
  );

describe("loaded-attribution-verb", () => {
  it("flags loaded verbs that attribute speech, with said in the right tense", () => {
    const text = '"We did nothing wrong," the minister insisted. He admitted that the plan had failed.';
    const found = findings(text, ["We did nothing wrong,"]);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["insisted", "admitted"]);
    expect(found.map((f) => f.fix?.replacement)).toEqual(["said", "said"]);
    const present = findings("Lopez claims the vote was rigged.");
    expect(present.map((f) => f.fix?.replacement)).toEqual(["says"]);
  });

  it("passes the same words when they do not attribute speech", () => {
    expect(findings("She was admitted to the hospital on Monday.")).toEqual([]);
    expect(findings("The alleged attacker fled. Russia's claim that it won was disputed.")).toEqual([]);
    expect(findings("The survey revealed a drop in sales, the ministry said.")).toEqual([]);
    expect(findings('"We did nothing wrong," the minister said.', ["We did nothing wrong,"])).toEqual([]);
  });

  it("flags a loaded verb in the sentence that carries the quotation, and the attributing-only ones there", () => {
    const text = 'Moreno mocked his rival as "the little senator" on Tuesday.';
    expect(findings(text, ["the little senator"]).map((f) => text.slice(f.start, f.end))).toEqual(["mocked"]);
    const asserted = "The mayor asserted that the plan had failed.";
    expect(findings(asserted).map((f) => asserted.slice(f.start, f.end))).toEqual(["asserted"]);
    expect(findings("He slammed the door and left.")).toEqual([]);
    expect(findings("Crews maintained the road. She touted the budget.")).toEqual([]);
  });

  it("maps forms to said/says/say", () => {
    expect([neutralFor("Claimed"), neutralFor("insists"), neutralFor("admit")]).toEqual([
      "Said",
      "says",
      "say",
    ]);
  });
});
