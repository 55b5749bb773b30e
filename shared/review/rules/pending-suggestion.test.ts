import { describe, expect, it } from "vitest";
import { body, paragraph, suggestion, textNode } from "../../document/build.ts";
import { reviewArticle } from "../index.ts";

const pending = body([
  paragraph([
    textNode("Council voted "),
    suggestion("suggestion-delete", "7-2", { id: "d1", author: "Ana Ruiz" }),
    suggestion("suggestion-insert", "8-1", { id: "i1", author: "Ben Ode" }),
    textNode(" on Tuesday."),
  ]),
]);

describe("pending-suggestion", () => {
  it("is a blocker for each suggestion nobody has decided, placed where it sits", () => {
    const found = reviewArticle({ body: pending, sources: [] }).filter(
      (f) => f.rule === "pending-suggestion",
    );
    expect(found.map((f) => [f.severity, f.excerpt, f.start, f.end])).toEqual([
      ["blocker", "delete: 7-2", 14, 14],
      ["blocker", "insert: 8-1", 14, 17],
    ]);
    expect(found[0].message).toBe(
      'Ana Ruiz suggested to delete "7-2": accept or reject it before the story goes out.',
    );
  });

  it("holds a suggested paragraph join too, placed at the break", () => {
    const meta = { suggestionId: "j1", author: "Ana Ruiz", initials: "AR", at: "2026-12-03T16:00:00.000Z" };
    const joined = body([
      paragraph("Council met."),
      { ...paragraph("It voted."), $: { suggestedJoin: meta } },
    ]);
    const found = reviewArticle({ body: joined, sources: [] }).filter((f) => f.rule === "pending-suggestion");
    expect(found.map((f) => [f.severity, f.excerpt, f.start, f.end])).toEqual([
      ["blocker", "join: ¶", 12, 12],
    ]);
    expect(found[0].message).toBe(
      "Ana Ruiz suggested joining two paragraphs here: accept or reject it before the story goes out.",
    );
  });

  it("says nothing once the story has no suggestions", () => {
    const settled = body([paragraph("Council voted 8-1 on Tuesday.")]);
    expect(reviewArticle({ body: settled, sources: [] }).some((f) => f.rule === "pending-suggestion")).toBe(
      false,
    );
  });
});
