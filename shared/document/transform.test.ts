import { describe, expect, it } from "vitest";
import { body, paragraph, quotation, textNode } from "./build.ts";
import { taggedQuotes } from "./quotations.ts";
import { retagQuotations } from "./transform.ts";

describe("retagQuotations", () => {
  it("moves every quotation of one source to another and leaves the original body as it was", () => {
    const doc = body([
      paragraph([textNode("She said "), quotation("we will build it", { quoteId: "q1", sourceId: "old" })]),
      paragraph([quotation("not this one", { quoteId: "q2", sourceId: "other" })]),
    ]);
    const moved = retagQuotations(doc, "old", "new");
    expect(taggedQuotes(moved).map((q) => [q.quoteId, q.sourceId])).toEqual([
      ["q1", "new"],
      ["q2", "other"],
    ]);
    expect(taggedQuotes(doc)[0].sourceId).toBe("old");
  });
});
