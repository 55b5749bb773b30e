import { describe, expect, it } from "vitest";
import { body, paragraph, quotation, textNode } from "./build.ts";
import { inferQuoteKind, taggedQuotes } from "./quotations.ts";

const tagged = (quoteId: string, text: string) => quotation(text, { quoteId, sourceId: "s1" });

describe("taggedQuotes", () => {
  it("lists each tagged quotation once, joining a quote run over paragraphs", () => {
    const doc = body([
      paragraph([textNode("She said "), tagged("q1", "the plan is sound."), textNode(" Then:")]),
      paragraph([tagged("q2", "We will build the bridge this year")]),
      paragraph([tagged("q2", "and the road after it.")]),
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
      paragraph([tagged("q1", "We will build the bridge this year")]),
      paragraph([textNode("Unrelated paragraph.")]),
      paragraph([textNode("Again: "), tagged("q1", "We will build the bridge this year")]),
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
