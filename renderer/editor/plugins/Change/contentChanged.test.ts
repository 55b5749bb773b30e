import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  createEditor,
  REDO_COMMAND,
  type TextNode,
  UNDO_COMMAND,
} from "lexical";
import { describe, expect, it } from "vitest";
import { registerContentListener } from "./contentChanged.ts";

/** A headless editor with history, counting the changes autosave would be told of. */
function editorWithHistory() {
  const editor = createEditor({
    namespace: "test",
    onError: (e) => {
      throw e;
    },
  });
  let clock = 0;
  // Each edit a few seconds after the last, so each is its own undo step.
  registerHistory(editor, createEmptyHistoryState(), 1000, () => (clock += 5000));
  const saved = { count: 0 };
  registerContentListener(editor, () => saved.count++);
  const edit = (fn: () => void) => editor.update(fn, { discrete: true });
  const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  // Undo and redo commit on the next microtask.
  const run = async (command: typeof UNDO_COMMAND) => {
    editor.dispatchCommand(command, undefined);
    await Promise.resolve();
  };
  return { saved, edit, text, run };
}

describe("registerContentListener", () => {
  it("reports an undo and a redo inside one paragraph", async () => {
    const { saved, edit, text, run } = editorWithHistory();
    edit(() => $getRoot().append($createParagraphNode().append($createTextNode("Opens at nine."))));
    edit(() => $getRoot().getFirstDescendant<TextNode>()!.setTextContent("Opens at ten."));
    saved.count = 0;

    await run(UNDO_COMMAND);
    expect(text()).toBe("Opens at nine.");
    expect(saved.count).toBe(1);
    await run(REDO_COMMAND);
    expect(text()).toBe("Opens at ten.");
    expect(saved.count).toBe(2);
  });

  it("ignores a node written but left as it was", () => {
    const { saved, edit } = editorWithHistory();
    edit(() => $getRoot().append($createParagraphNode().append($createTextNode("Unchanged."))));
    saved.count = 0;
    edit(() => {
      const paragraph = $getRoot().getFirstChild();
      if ($isElementNode(paragraph)) paragraph.getWritable();
      $getRoot().getFirstDescendant()!.getWritable();
    });
    expect(saved.count).toBe(0);
  });

  it("reports a moved paragraph and a removed one", () => {
    const { saved, edit } = editorWithHistory();
    edit(() =>
      $getRoot().append(
        $createParagraphNode().append($createTextNode("One.")),
        $createParagraphNode().append($createTextNode("Two.")),
      ),
    );
    saved.count = 0;
    edit(() => $getRoot().getFirstChild()!.insertBefore($getRoot().getLastChild()!));
    expect(saved.count).toBe(1);
    edit(() => $getRoot().getLastChild()!.remove());
    expect(saved.count).toBe(2);
  });
});
