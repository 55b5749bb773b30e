import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "./build.ts";
import type { ArticleBody } from "./nodes.ts";
import { normalizeBody } from "./normalize.ts";
import { plainText } from "./text.ts";

describe("normalizeBody", () => {
  it("turns pasted tab characters into spaces so offsets and exports see plain text", () => {
    const withTab = body([paragraph([textNode("Smith"), textNode("said")])]);
    (withTab.root.children[0] as unknown as { children: unknown[] }).children.splice(1, 0, {
      type: "tab",
      version: 1,
      text: "\t",
    });
    expect(plainText(normalizeBody(withTab as ArticleBody))).toBe("Smith said");
  });

  it("returns a body without tabs as it is", () => {
    const plain = body([paragraph("No tabs here.")]);
    expect(normalizeBody(plain)).toBe(plain);
  });
});
