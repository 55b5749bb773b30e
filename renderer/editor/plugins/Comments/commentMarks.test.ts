// Comment marks in a headless editor with Copydesk's nodes: marking words, the serialized body
// passing the API's schema, the anchor surviving edits around it, the thread losing its anchor
// when its words are deleted, and undo taking a new comment's mark away (redo bringing it back).
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { registerRichText } from "@lexical/rich-text";
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  createEditor,
  type LexicalEditor,
  REDO_COMMAND,
  type TextNode,
  UNDO_COMMAND,
} from "lexical";
import { beforeEach, describe, expect, it } from "vitest";
import { commentAnchors } from "../../../../shared/document/commentMarks.ts";
import type { ArticleBody } from "../../../../shared/document/nodes.ts";
import { articleBodySchema } from "../../../../shared/document/schema.ts";
import { EDITOR_NODES } from "../../nodes/index.ts";
import { $anchoredThreads, $markSelection, $removeThreadMarks, $selectThreadWords } from "./commentMarks.ts";

let editor: LexicalEditor;
const body = () => editor.getEditorState().toJSON() as unknown as ArticleBody;
const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());

beforeEach(() => {
  editor = createEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode("The council voted seven to two.")));
    },
    { discrete: true },
  );
});

/** The text node and offset at character `at` of the story (the end of a node when `atEnd`). */
function $pointAt(at: number, atEnd: boolean): { key: string; offset: number } {
  let seen = 0;
  for (const node of $getRoot().getAllTextNodes()) {
    const size = node.getTextContentSize();
    if (at < seen + size || (atEnd && at === seen + size)) return { key: node.getKey(), offset: at - seen };
    seen += size;
  }
  throw new Error(`no character ${at}`);
}

/** Select characters [start, end) of the first paragraph's text and mark them for `id`. */
function markWords(start: number, end: number, id: string): boolean {
  let done = false;
  editor.update(
    () => {
      const selection = $createRangeSelection();
      const [anchor, focus] = [$pointAt(start, false), $pointAt(end, true)];
      selection.anchor.set(anchor.key, anchor.offset, "text");
      selection.focus.set(focus.key, focus.offset, "text");
      $setSelection(selection);
      done = $markSelection(selection, id);
    },
    { discrete: true, tag: "history-push" },
  );
  return done;
}

describe("comment marks in the editor", () => {
  it("wrap the selected words, and the body they serialize to passes the schema", () => {
    expect(markWords(12, 23, "thread-1")).toBe(true);
    expect(articleBodySchema.safeParse(body()).success).toBe(true);
    expect(commentAnchors(body())).toEqual([{ id: "thread-1", text: "voted seven" }]);
    expect(text()).toBe("The council voted seven to two.");
  });

  it("refuse a selection with no words", () => {
    expect(markWords(3, 4, "t")).toBe(false);
    expect(markWords(5, 5, "t")).toBe(false);
  });

  it("keep their anchor when the text around them is edited", () => {
    markWords(12, 23, "thread-1");
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<import("lexical").ElementNode>();
        paragraph.getFirstChildOrThrow<TextNode>().setTextContent("Last night the city council ");
        (paragraph.getLastChildOrThrow() as TextNode).setTextContent(" 7-2, the clerk said.");
      },
      { discrete: true },
    );
    expect(text()).toBe("Last night the city council voted seven 7-2, the clerk said.");
    expect(editor.getEditorState().read($anchoredThreads)).toEqual(["thread-1"]);
    expect(commentAnchors(body())[0]?.text).toBe("voted seven");
  });

  it("lose the thread's anchor when all its words are deleted", () => {
    markWords(12, 23, "thread-1");
    markWords(0, 3, "thread-0");
    expect(editor.getEditorState().read($anchoredThreads)).toEqual(["thread-0", "thread-1"]);
    editor.update(
      () => {
        expect($selectThreadWords("thread-1")).toBe(true);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.removeText();
      },
      { discrete: true },
    );
    expect(text()).toBe("The council  to two.");
    expect(editor.getEditorState().read($anchoredThreads)).toEqual(["thread-0"]);
  });

  it("select exactly the thread's words", () => {
    markWords(12, 23, "thread-1");
    let words = "";
    editor.update(
      () => {
        $selectThreadWords("thread-1");
        words = $getSelection()?.getTextContent() ?? "";
      },
      { discrete: true },
    );
    expect(words).toBe("voted seven");
  });

  it("come off with undo and back with redo", async () => {
    markWords(12, 23, "thread-1");
    expect(commentAnchors(body())).toHaveLength(1);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve(); // undo and redo commit on the next microtask
    expect(commentAnchors(body())).toEqual([]);
    expect(text()).toBe("The council voted seven to two.");
    editor.dispatchCommand(REDO_COMMAND, undefined);
    await Promise.resolve();
    expect(commentAnchors(body())).toEqual([{ id: "thread-1", text: "voted seven" }]);
  });

  it("come off a thread without touching the words or another thread", () => {
    markWords(12, 23, "thread-1");
    markWords(18, 23, "thread-2");
    editor.update(() => $removeThreadMarks("thread-1"), { discrete: true });
    expect(commentAnchors(body())).toEqual([{ id: "thread-2", text: "seven" }]);
    expect(text()).toBe("The council voted seven to two.");
  });
});
