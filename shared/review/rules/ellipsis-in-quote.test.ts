import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { ellipsisInQuote } from "./ellipsis-in-quote.ts";

describe("ellipsis-in-quote", () => {
  it("flags an omission inside a quote, with the words either side", () => {
    const words = "The Russian side urges an end to the bloodshed... and a return to a peaceful settlement,";
    const text = `"${words}" she said.`;
    const [finding] = ellipsisInQuote.check(contextFor(text, [quoteAt(text, words)]));
    expect(finding.excerpt ?? text.slice(finding.start, finding.end)).toBe("bloodshed... and");
    const curly = "We waited … and waited";
    const text2 = `“${curly},” he said.`;
    expect(ellipsisInQuote.check(contextFor(text2, [quoteAt(text2, curly)]))).toHaveLength(1);
  });

  it("passes an ellipsis outside quotes and quotes without one", () => {
    const text = 'The talks went on... and on. "We are ready," he said.';
    expect(ellipsisInQuote.check(contextFor(text, [quoteAt(text, "We are ready,")]))).toEqual([]);
  });
});
