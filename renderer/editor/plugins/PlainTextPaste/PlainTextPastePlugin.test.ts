import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from "lexical";
import { registerRichText } from "@lexical/rich-text";
import { expect, it } from "vitest";
import { $insertParagraphs } from "./PlainTextPastePlugin.tsx";

it("puts pasted paragraphs in as paragraphs, the first one where the caret is", () => {
  const editor = createEditor({
    nodes: [],
    onError: (e) => {
      throw e;
    },
  });
  registerRichText(editor);
  editor.update(
    () => {
      const text = $createTextNode("Lead: ");
      $getRoot().append($createParagraphNode().append(text));
      text.select(6, 6);
      $insertParagraphs(["Blasts were heard Tuesday.", '"Mass shelling has started," he said.']);
    },
    { discrete: true },
  );
  const paragraphs = editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((p) => p.getTextContent()),
  );
  expect(paragraphs).toEqual(["Lead: Blasts were heard Tuesday.", '"Mass shelling has started," he said.']);
});
