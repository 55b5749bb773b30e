import { $convertFromMarkdownString } from "@lexical/markdown";
import { ListItemNode, ListNode } from "@lexical/list";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import { $getRoot, createEditor } from "lexical";
import { expect, it } from "vitest";
import { STORY_SHORTCUTS } from "./transformers.ts";

/** The block types the shortcuts make, read back from a headless editor. */
function blocksOf(markdown: string): string[] {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $convertFromMarkdownString(markdown, STORY_SHORTCUTS), { discrete: true });
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((n) => ("getTag" in n ? (n as HeadingNode | ListNode).getTag() : n.getType())),
  );
}

it("makes subheadings, never a second h1, lists and block quotes", () => {
  expect(blocksOf("# Top\n\n## Sub\n\n### Minor\n\n#### Four")).toEqual(["h2", "h2", "h3", "paragraph"]);
  expect(blocksOf("- one\n- two")).toEqual(["ul"]);
  expect(blocksOf("1. first")).toEqual(["ol"]);
  expect(blocksOf("> quoted")).toEqual(["quote"]);
});
