import { $createListItemNode, $createListNode, ListItemNode, ListNode } from "@lexical/list";
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from "@lexical/rich-text";
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  createEditor,
  type ElementNode,
} from "lexical";
import { expect, it } from "vitest";
import { $blockTypeOf, setBlockType } from "./blockType.ts";

function editorWith(...blocks: (() => ElementNode)[]) {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $getRoot().append(...blocks.map((make) => make())), { discrete: true });
  const types = () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => $blockTypeOf(($isElementNode(block) && block.getFirstDescendant()) || block)),
    );
  return { editor, types };
}

const words = (text: string) => $createTextNode(text);

it("names the block the caret is in as the toolbar's Block type does", () => {
  const { types } = editorWith(
    () => $createParagraphNode().append(words("Lead.")),
    () => $createHeadingNode("h2").append(words("Sub")),
    () => $createHeadingNode("h3").append(words("Minor")),
    () => $createQuoteNode().append(words("Quoted.")),
    () => $createListNode("bullet").append($createListItemNode().append(words("One"))),
    () => $createListNode("number").append($createListItemNode().append(words("First"))),
  );
  expect(types()).toEqual(["paragraph", "h2", "h3", "quote", "bullet", "number"]);
});

it("turns the selected paragraph into a subheading and back", () => {
  const { editor, types } = editorWith(() => $createParagraphNode().append(words("Lead.")));
  editor.update(() => $getRoot().getFirstDescendant()?.selectNext(), { discrete: true });
  setBlockType(editor, "h2");
  editor.update(() => undefined, { discrete: true });
  expect(types()).toEqual(["h2"]);
  setBlockType(editor, "paragraph");
  editor.update(() => undefined, { discrete: true });
  expect(types()).toEqual(["paragraph"]);
});
