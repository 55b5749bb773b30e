// What the real editor writes must pass the API's body schema, or autosave would be refused:
// a headless Lexical editor with Copydesk's nodes builds every kind of block and inline node.
import { $createLinkNode } from "@lexical/link";
import { $createListItemNode, $createListNode } from "@lexical/list";
import { $createHeadingNode, $createQuoteNode } from "@lexical/rich-text";
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  createEditor,
} from "lexical";
import { describe, expect, it } from "vitest";
import { articleBodySchema } from "../../../shared/document/schema.ts";
import { FigureNode } from "./FigureNode.tsx";
import { EDITOR_NODES } from "./index.ts";
import { PullQuoteNode } from "./PullQuoteNode.ts";
import { $createQuotationNode } from "./QuotationNode.ts";

describe("the editor's serialized body", () => {
  it("passes the body schema with every node Copydesk registers", () => {
    const editor = createEditor({
      nodes: EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    editor.update(
      () => {
        const quote = $createQuotationNode("q1", null, "suggested", "full").append(
          $createTextNode("We will build it"),
        );
        const link = $createLinkNode("https://example.org").append($createTextNode("the plan"));
        const bold = $createTextNode("bold").toggleFormat("bold");
        const para = $createParagraphNode().append(
          $createTextNode("She said "),
          quote,
          $createTabNode(),
          link,
          $createLineBreakNode(),
          bold,
        );
        const nested = $createListNode("bullet").append(
          $createListItemNode().append($createTextNode("inner")),
        );
        const list = $createListNode("number", 3).append(
          $createListItemNode().append($createTextNode("first")),
          $createListItemNode().append(nested),
        );
        $getRoot().append(
          $createHeadingNode("h1").append($createTextNode("Pasted title")),
          para,
          $createQuoteNode().append($createTextNode("A block quote")),
          list,
          $createListNode("check").append($createListItemNode(true).append($createTextNode("done"))),
          new PullQuoteNode("Mayor").append($createTextNode("Lifted words")),
          new FigureNode({ src: "https://example.com/a.jpg" }, "Alt", "Caption", "Credit"),
          new FigureNode({ image: "ab".repeat(32), width: 1200, height: 800 }, "Alt", "", ""),
          $createParagraphNode(),
        );
      },
      { discrete: true },
    );
    const json = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
    const result = articleBodySchema.safeParse(json);
    expect(result.success ? "accepted" : result.error.issues).toBe("accepted");
    expect(result.data).toEqual(json);
  });
});
