import { describe, expect, it } from "vitest";
import { body, paragraph, quotation, textNode } from "../../document/build.ts";
import type { QuotationNodeJSON, QuotationStatus } from "../../document/nodes.ts";
import { bodyText } from "../../document/text.ts";
import { contextFor, quoteAt, source } from "../ruleInputs.test-support.ts";
import { untaggedQuote } from "./untagged-quote.ts";

function taggedQuote(words: string, sourceId: string | null, status: QuotationStatus): QuotationNodeJSON {
  return quotation(words, { quoteId: "q1", sourceId, status });
}

const WORDS = "We will rebuild the bridge by spring";

function story(sourceId: string | null, status: QuotationStatus) {
  const b = body([
    paragraph([textNode("“"), taggedQuote(WORDS, sourceId, status), textNode(",” Mayor Ana Ruiz said.")]),
  ]);
  const text = bodyText(b).text;
  return contextFor(b, [quoteAt(text, WORDS)], [source({ id: "s1", name: "Ana Ruiz" })]);
}

describe("untagged-quote", () => {
  it("passes a quote covered by a confirmed tag with a source", () => {
    expect(untaggedQuote.check(story("s1", "confirmed"))).toEqual([]);
  });

  it("flags a suggested tag, a tag without a source, and an untagged quote", () => {
    const suggested = untaggedQuote.check(story("s1", "suggested"));
    expect(suggested).toHaveLength(1);
    expect(suggested[0].message).toMatch(/suggested/);
    expect(untaggedQuote.check(story(null, "confirmed"))).toHaveLength(1);
    const text = "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.";
    const [finding] = untaggedQuote.check(contextFor(text, [quoteAt(text, WORDS)]));
    expect(text.slice(finding.start, finding.end)).toBe(WORDS);
  });

  it("flags a tag the detector did not see when it lacks a confirmed source", () => {
    const b = body([paragraph([textNode("Ruiz called it "), taggedQuote("a new start", null, "suggested")])]);
    const findings = untaggedQuote.check(contextFor(b, []));
    expect(findings.map((f) => f.start)).toEqual([bodyText(b).text.indexOf("a new start")]);
  });
});
