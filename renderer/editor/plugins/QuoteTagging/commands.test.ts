import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, createEditor } from "lexical";
import { expect, it } from "vitest";
import { $quotations, $wrapRange } from "../../../sources/editorQuotes.ts";
import { QuotationNode } from "../../nodes/QuotationNode.ts";
import { registerUntagQuote, UNTAG_QUOTE_COMMAND } from "./commands.ts";

/** A command's update commits on the next microtask. */
const committed = () => new Promise((resolve) => setTimeout(resolve, 0));

const STORY = 'The mayor said "we will rebuild the bridge" on Monday.';

function taggedStory() {
  const editor = createEditor({
    nodes: [QuotationNode],
    onError: (e) => {
      throw e;
    },
  });
  registerUntagQuote(editor);
  const start = STORY.indexOf('"');
  const end = STORY.lastIndexOf('"') + 1;
  editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode(STORY)));
      $wrapRange({ start, end }, { quoteId: "q1", sourceId: "s1", status: "confirmed", kind: "full" });
    },
    { discrete: true },
  );
  const read = () =>
    editor.getEditorState().read(() => ({ text: $getRoot().getTextContent(), tags: $quotations().length }));
  return { editor, read };
}

it("untags the quotation the caret is in and keeps its words", async () => {
  const { editor, read } = taggedStory();
  expect(read()).toEqual({ text: STORY, tags: 1 });
  editor.update(
    () => {
      const quoted = $quotations()[0].getFirstDescendant();
      if ($isTextNode(quoted)) quoted.select(3, 3);
    },
    { discrete: true },
  );
  editor.dispatchCommand(UNTAG_QUOTE_COMMAND, undefined);
  await committed();
  expect(read()).toEqual({ text: STORY, tags: 0 });
});

it("leaves the tags alone when the caret is outside every quotation", async () => {
  const { editor, read } = taggedStory();
  editor.update(
    () => {
      const before = $getRoot().getFirstDescendant();
      if ($isTextNode(before)) before.select(2, 2);
    },
    { discrete: true },
  );
  editor.dispatchCommand(UNTAG_QUOTE_COMMAND, undefined);
  await committed();
  expect(read()).toEqual({ text: STORY, tags: 1 });
});
