import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { unclosedQuote } from "./unclosed-quote.ts";

describe("unclosed-quote", () => {
  it("flags a quotation that never closes", () => {
    const text =
      'It said it was using "high precision weapons on the front line.\n\nArmenia said the border was stable.';
    const quote = quoteAt(text, "high precision weapons on the front line.", { closed: false });
    const [finding] = unclosedQuote.check(contextFor(text, [quote]));
    expect(text.slice(finding.start, finding.end)).toBe('"high precision weapons on the front line.');
  });

  it("accepts the run-on convention: each paragraph opens, only the last closes", () => {
    const text = '"The first paragraph of a long quote.\n\n"The second, which ends it," she said.';
    const first = quoteAt(text, "The first paragraph of a long quote.", { closed: false });
    const second = quoteAt(text, "The second, which ends it,");
    expect(unclosedQuote.check(contextFor(text, [first, second]))).toEqual([]);
  });

  it("passes closed quotes", () => {
    const text = '"We are ready," he said.';
    expect(unclosedQuote.check(contextFor(text, [quoteAt(text, "We are ready,")]))).toEqual([]);
  });
});

describe("unclosed-quote over paragraphs", () => {
  it("flags a run-on chain the detector reports as one unclosed quote", () => {
    const text = '"The first paragraph.\n\n"The second never closes, she said.';
    const chain = quoteAt(text, 'The first paragraph.\n\n"The second never closes, she said.', {
      closed: false,
    });
    const [finding] = unclosedQuote.check(contextFor(text, [chain]));
    expect(finding.start).toBe(0);
    expect(finding.end).toBe(text.length);
  });
});
