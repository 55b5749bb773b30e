import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { body as bodyOf, heading, paragraph } from "../../document/build.ts";
import { saidTenseMix } from "./said-tense-mix.ts";

describe("said-tense-mix", () => {
  it("flags the minority form and offers the majority one", () => {
    const text =
      "Azerbaijan says it has begun. Russia said it was in contact. Armenia said the border was calm.";
    const [finding, ...rest] = saidTenseMix.check(contextFor(text));
    expect(rest).toEqual([]);
    expect(text.slice(finding.start, finding.end)).toBe("says");
    expect(finding.fix?.replacement).toBe("said");
  });

  it('passes a story in one tense, "is said to", and a "says" inside a quote', () => {
    expect(saidTenseMix.check(contextFor("Russia said it was ready. Armenia said it was not."))).toEqual([]);
    expect(saidTenseMix.check(contextFor("He says it is ready. The bridge is said to be safe."))).toEqual([]);
    const text = '"Everyone says it works," Ruiz said.';
    expect(saidTenseMix.check(contextFor(text, [quoteAt(text, "Everyone says it works,")]))).toEqual([]);
  });
});

describe("said-tense-mix: headlines", () => {
  it("leaves a present-tense headline alone, but not a present-tense body line", () => {
    const body = bodyOf([
      heading("Solvane says plant will open"),
      paragraph("Price said it would. Lee said no."),
    ]);
    expect(saidTenseMix.check(contextFor(body))).toEqual([]);
    const mixed = bodyOf([heading("Plant to open"), paragraph("Price said it would. Lee says no.")]);
    expect(saidTenseMix.check(contextFor(mixed))).toHaveLength(1);
  });
});
