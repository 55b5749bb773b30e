// Comment marks in the body: accepted and checked at the boundary, read in story order, and
// taken out (words kept) for export.
import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "./build.ts";
import { commentAnchors, withoutCommentMarks } from "./commentMarks.ts";
import type { InlineNodeJSON, MarkNodeJSON } from "./nodes.ts";
import { articleBodySchema } from "./schema.ts";
import { plainText } from "./text.ts";

const mark = (ids: string[], children: InlineNodeJSON[]): MarkNodeJSON => ({
  type: "mark",
  version: 1,
  ids,
  children,
  direction: null,
  format: "",
  indent: 0,
});

const story = body([
  paragraph([
    textNode("The "),
    mark(["b"], [textNode("council")]),
    textNode(" voted "),
    mark(["a", "b"], [textNode("seven")]),
  ]),
  paragraph([mark(["c"], [textNode("to two")])]),
]);

describe("comment marks", () => {
  it("pass the body schema, with Lexical's extra fields kept", () => {
    const withExtras = body([paragraph([{ ...mark(["t-1"], [textNode("x")]), textFormat: 0 } as never])]);
    expect(articleBodySchema.parse(withExtras)).toEqual(withExtras);
  });

  it("are refused without ids, with an id no thread could have, or with no children", () => {
    const refusal = (m: unknown) =>
      articleBodySchema.safeParse(body([paragraph([m as never])])).error?.issues[0]?.message;
    expect(refusal({ ...mark([], [textNode("x")]) })).toBe("A comment mark needs its comment ids.");
    expect(refusal({ ...mark(["<script>"], [textNode("x")]) })).toMatch(/A comment id is letters/);
    expect(refusal({ type: "mark", version: 1, ids: ["a"] })).toBe("A comment mark needs its children.");
    expect(refusal({ type: "mark", version: 1, children: [] })).toBe("A comment mark needs its comment ids.");
  });

  it("leave the story's plain text as it was (a mark is inline, not a block)", () => {
    expect(plainText(story)).toBe("The council voted seven\n\nto two");
  });

  it("give each thread's words in story order, joined when a thread has several marks", () => {
    expect(commentAnchors(story)).toEqual([
      { id: "b", text: "council seven" },
      { id: "a", text: "seven" },
      { id: "c", text: "to two" },
    ]);
  });

  it("come out whole for export: same words, same text, no mark left", () => {
    const out = withoutCommentMarks(story);
    expect(JSON.stringify(out)).not.toContain('"mark"');
    expect(plainText(out)).toBe(plainText(story));
    expect(out.root.children[0]).toMatchObject({
      children: [{ text: "The " }, { text: "council" }, { text: " voted " }, { text: "seven" }],
    });
    const unmarked = body([paragraph("No comments")]);
    expect(withoutCommentMarks(unmarked)).toBe(unmarked);
  });
});
