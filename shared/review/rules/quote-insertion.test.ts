import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { quoteInsertion } from "./quote-insertion.ts";

const QUOTE = "all steps for a peaceful solution are spelled out in (Moscow-brokered) agreements";

describe("quote-insertion", () => {
  it("flags parentheses inside a quote and offers square brackets", () => {
    const text = `Zakharova said "${QUOTE}."`;
    const [finding] = quoteInsertion.check(contextFor(text, [quoteAt(text, QUOTE)]));
    expect(text.slice(finding.start, finding.end)).toBe("(Moscow-brokered)");
    expect(finding.fix).toEqual({ label: "Use square brackets", replacement: "[Moscow-brokered]" });
  });

  it("passes square brackets in a quote and parentheses outside one", () => {
    const bracketed = QUOTE.replace("(Moscow-brokered)", "[Moscow-brokered]");
    const text = `Zakharova (the ministry's spokeswoman) said "${bracketed}."`;
    expect(quoteInsertion.check(contextFor(text, [quoteAt(text, bracketed)]))).toEqual([]);
  });
});
