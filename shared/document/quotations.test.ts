import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "./build.ts";
import type { QuotationNodeJSON } from "./nodes.ts";
import { inferQuoteKind, taggedQuotes } from "./quotations.ts";

const quotation = (quoteId: string, text: string, sourceId: string | null = "s1"): QuotationNodeJSON => ({
  type: "quotation",
  version: 1,
  quoteId,
  sourceId,
  status: "confirmed",
  children: [textNode(text)],
});

describe("taggedQuotes", () => {
  it("lists each tagged quotation once, joining a quote run over paragraphs", () => {
    const doc = body([
      paragraph([textNode("She said "), quotation("q1", "the plan is sound."), textNode(" Then:")]),
      paragraph([quotation("q2", "We will build the bridge this year")]),
      paragraph([quotation("q2", "and the road after it.")]),
    ]);
    expect(taggedQuotes(doc)).toEqual([
      { quoteId: "q1", sourceId: "s1", status: "confirmed", kind: "partial", text: "the plan is sound." },
      {
        quoteId: "q2",
        sourceId: "s1",
        status: "confirmed",
        kind: "full",
        text: "We will build the bridge this year and the road after it.",
      },
    ]);
  });

  it("counts a tag copied elsewhere in the story as a quotation of its own", () => {
    const doc = body([
      paragraph([quotation("q1", "We will build the bridge this year")]),
      paragraph([textNode("Unrelated paragraph.")]),
      paragraph([textNode("Again: "), quotation("q1", "We will build the bridge this year")]),
    ]);
    expect(taggedQuotes(doc).map((q) => [q.quoteId, q.text])).toEqual([
      ["q1", "We will build the bridge this year"],
      ["q1~2", "We will build the bridge this year"],
    ]);
  });

  it("tells full quotations from fragments", () => {
    expect(inferQuoteKind("The Russian side urges an end to the bloodshed")).toBe("full");
    expect(inferQuoteKind("end bloodshed")).toBe("partial");
    expect(inferQuoteKind("regime")).toBe("partial");
  });
});
