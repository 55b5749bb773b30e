// Markdown with front matter, read as an editor expects (markdown-it underneath).
import { describe, expect, it } from "vitest";
import { plainText } from "../../document/text.ts";
import { parseHtml } from "../html/parse.test-support.ts";
import { readMarkdown } from "./readMarkdown.ts";

const NOTE = `---
title: Harbour plan approved after late vote
dek: Dredging starts in spring
author: Ines Okafor
section: Local
tags: [harbour, council]
---

The council voted **seven to two** on a plan it had *twice rejected*.

## What changes

- Deeper berths
  - For container ships
- A new quay

1. Survey the seabed
2. Dredge the channel

> "This is the most important decision," said Maria Haddad.

Read [the plan](https://example.org/plan). <script>alert(1)</script>
`;

describe("readMarkdown", () => {
  it("takes the fields from front matter and the story from CommonMark", () => {
    const read = readMarkdown(NOTE, parseHtml);
    expect(read).toMatchObject({
      headline: "Harbour plan approved after late vote",
      dek: "Dredging starts in spring",
      byline: "Ines Okafor",
      section: "Local",
      tags: ["harbour", "council"],
    });
    const blocks = read.body.root.children;
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "heading", "list", "list", "quote", "paragraph"]);
    expect(JSON.stringify(blocks[0])).toMatch(/"text":"seven to two","format":1/);
    expect(JSON.stringify(blocks[0])).toMatch(/"text":"twice rejected","format":2/);
    expect(JSON.stringify(blocks[2])).toMatch(
      /Deeper berths.*"type":"list".*For container ships.*A new quay/,
    );
    expect(blocks[3]).toMatchObject({ listType: "number" });
    expect(JSON.stringify(blocks[5])).toContain('"url":"https://example.org/plan"');
    // Raw HTML is text, never markup.
    expect(plainText(read.body)).toContain("<script>alert(1)</script>");
    expect(plainText(read.body)).not.toContain("title:");
  });

  it("uses a first # heading as the headline when there is no front matter", () => {
    const read = readMarkdown("# Ferry strike ends\n\nCrews returned on Monday.\n", parseHtml);
    expect(read.headline).toBe("Ferry strike ends");
    expect(plainText(read.body)).toBe("Crews returned on Monday.");
  });
});
