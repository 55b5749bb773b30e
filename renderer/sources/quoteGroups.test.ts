import { describe, expect, it } from "vitest";
import type { QuoteRecord } from "../../shared/api/sourceSchemas.ts";
import { groupByArticle, kindSummary, reachSummary } from "./quoteGroups.ts";

const quote = (over: Partial<QuoteRecord>): QuoteRecord => ({
  quoteId: "q",
  articleId: "a1",
  headline: "Talks resume",
  articleUpdatedAt: "2024-05-01T10:00:00Z",
  sourceId: "s1",
  text: "words",
  kind: "full",
  status: "confirmed",
  ...over,
});

describe("kindSummary", () => {
  it("counts full and partial quotes the way the Sources tab shows them", () => {
    expect(kindSummary([quote({}), quote({}), quote({ kind: "partial" })])).toBe("2 full · 1 partial");
    expect(kindSummary([quote({ kind: "partial" })])).toBe("1 partial");
    expect(kindSummary([])).toBe("No quotes yet");
  });
});

describe("groupByArticle", () => {
  it("groups a source's quotes by article, newest article first", () => {
    const groups = groupByArticle([
      quote({
        quoteId: "1",
        articleId: "old",
        headline: "Old story",
        articleUpdatedAt: "2023-01-01T00:00:00Z",
      }),
      quote({
        quoteId: "2",
        articleId: "new",
        headline: "New story",
        articleUpdatedAt: "2024-06-01T00:00:00Z",
      }),
      quote({
        quoteId: "3",
        articleId: "old",
        headline: "Old story",
        articleUpdatedAt: "2023-01-01T00:00:00Z",
      }),
    ]);
    expect(groups.map((g) => g.headline)).toEqual(["New story", "Old story"]);
    expect(groups[1].quotes.map((q) => q.quoteId)).toEqual(["1", "3"]);
  });

  it("says how far a source reaches", () => {
    const quotes = [quote({ articleId: "a" }), quote({ articleId: "b" }), quote({ articleId: "b" })];
    expect(reachSummary(quotes)).toBe("3 quotes in 2 articles");
    expect(reachSummary([quote({})])).toBe("1 quote in 1 article");
  });
});
