import { describe, expect, it } from "vitest";
import { kitchenSink } from "../export/fixtures/kitchenSink.ts";
import { body, heading, paragraph, quotation, textNode } from "./build.ts";
import { articleBodySchema, STORY_TEXT_LIMIT } from "./schema.ts";

const refusal = (value: unknown): string => {
  const result = articleBodySchema.safeParse(value);
  if (result.success) return "accepted";
  const [issue] = result.error.issues;
  return `${issue.message} @ ${issue.path.join(".")}`;
};

const withRoot = (children: unknown[]) => ({ root: { type: "root", version: 1, children } });

describe("articleBodySchema", () => {
  it("accepts every node a story holds, keeping the fields Lexical adds", () => {
    expect(refusal(kitchenSink.body)).toBe("accepted");
    const doc = body([
      heading("Sub", "h1"),
      paragraph([textNode("A "), quotation("we will", { quoteId: "q1" })]),
    ]);
    const extra = { ...doc.root.children[1], textFormat: 0, textStyle: "", $: { note: 1 } };
    const parsed = articleBodySchema.parse(withRoot([doc.root.children[0], extra]));
    expect(parsed.root.children[1]).toEqual(extra);
  });

  it("refuses a paragraph without children, a text without text and unknown nodes, saying where", () => {
    expect(refusal(withRoot([{ type: "paragraph", version: 1 }]))).toBe(
      "A paragraph needs its children. @ root.children.0.children",
    );
    expect(
      refusal(
        withRoot([{ type: "paragraph", version: 1, children: [{ type: "text", version: 1, format: 0 }] }]),
      ),
    ).toBe("A text node needs its text. @ root.children.0.children.0.text");
    expect(refusal(withRoot([{ type: "table", version: 1, children: [] }]))).toBe(
      'A story cannot hold a "table" node. @ root.children.0.type',
    );
    expect(refusal(withRoot([paragraph([{ type: "paragraph", version: 1, children: [] } as never])]))).toBe(
      'A paragraph cannot hold a "paragraph" node. @ root.children.0.children.0.type',
    );
    expect(refusal({ root: { type: "paragraph", children: [] } })).toMatch(/root node/);
    expect(refusal("<p>hello</p>")).toMatch(/not a Copydesk document/);
    expect(
      refusal(withRoot([{ type: "quotation", version: 1, quoteId: "q", sourceId: null, children: [] }])),
    ).toMatch(/cannot hold a "quotation"/);
  });

  it("refuses a tagged quotation with a status or kind no reader knows", () => {
    const bad = paragraph([{ ...quotation("we will", { quoteId: "q1" }), status: "maybe" } as never]);
    expect(refusal(body([bad]))).toMatch(/status/);
  });

  it("refuses a body nested past any real list and a story past the length limit, without a crash", () => {
    let item: unknown = { type: "text", version: 1, text: "deep", format: 0 };
    for (let i = 0; i < 100_000; i++)
      item = {
        type: "list",
        version: 1,
        listType: "bullet",
        start: 1,
        tag: "ul",
        children: [{ type: "listitem", version: 1, value: 1, children: [item] }],
      };
    expect(refusal(withRoot([item]))).toMatch(/nested more than 64 levels/);
    const long = body([
      paragraph("x".repeat(STORY_TEXT_LIMIT / 2)),
      paragraph("y".repeat(STORY_TEXT_LIMIT / 2 + 1)),
    ]);
    expect(refusal(long)).toMatch(/longer than 5,000,000 characters/);
  });
});
