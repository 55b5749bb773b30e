import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type ElementNode } from "lexical";
import { expect, it } from "vitest";
import { $createQuotationNode, QuotationNode } from "../../nodes/QuotationNode.ts";
import { quotationIds, sameQuotations } from "./quotationIds.ts";

it("tells whether two states tag the same quotations", () => {
  const editor = createEditor({
    nodes: [QuotationNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode("Before."))), {
    discrete: true,
  });
  const untagged = editor.getEditorState();
  editor.update(
    () => {
      const quote = $createQuotationNode("q1", "s1", "confirmed", "full");
      $getRoot()
        .getFirstChildOrThrow<ElementNode>()
        .append(quote.append($createTextNode("Hi")));
    },
    { discrete: true },
  );
  const tagged = editor.getEditorState();
  expect([...quotationIds(tagged)]).toEqual(["q1"]);
  expect(sameQuotations(untagged, tagged)).toBe(false);
  expect(sameQuotations(tagged, tagged)).toBe(true);
});
