// Test support for the suggestion model: a real (headless) Lexical editor with Copydesk's
// nodes and history, fresh for each test, and the steps and readings the tests share.
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getState,
  $setSelection,
  createEditor,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type TextNode,
  UNDO_COMMAND,
} from "lexical";
import { beforeEach } from "vitest";
import type { ArticleBody } from "../../../../shared/document/nodes.ts";
import { plainText } from "../../../../shared/document/text.ts";
import { EDITOR_NODES } from "../../nodes/index.ts";
import { BREAK_STATES } from "./breaks.ts";

export const ana = { author: "Ana Ruiz", initials: "AR" };
export const ben = { author: "Ben Ode", initials: "BO" };

let editor: LexicalEditor;

/** This test's editor. */
export const theEditor = (): LexicalEditor => editor;

beforeEach(() => {
  editor = createEditor({
    nodes: EDITOR_NODES,
    onError: (e) => {
      throw e;
    },
  });
  registerHistory(editor, createEmptyHistoryState(), 0);
});

export const edit = (fn: () => void) => editor.update(fn, { discrete: true, tag: HISTORY_PUSH_TAG });
/** Undo, then let the editor commit the state it went back to. */
export const undo = () => {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  editor.update(() => undefined, { discrete: true });
};
export const stored = () => editor.getEditorState().toJSON() as unknown as ArticleBody;
export const text = () => plainText(stored());
/**
 * Every word still on screen, struck-through ones in ~~ ~~, inserted ones in [ ], blocks apart by
 * " / "; a block suggested to join the next ends in a struck pilcrow (~~¶~~), as on screen.
 */
export const onScreen = () =>
  editor.getEditorState().read(() => {
    const show = (node: import("lexical").LexicalNode): string => {
      const kids =
        "getChildren" in node
          ? (node as import("lexical").ElementNode).getChildren().map(show).join("")
          : node.getTextContent();
      const type = node.getType();
      return type === "suggestion-delete" ? `~~${kids}~~` : type === "suggestion-insert" ? `[${kids}]` : kids;
    };
    const blocks = $getRoot().getChildren();
    return blocks
      .map((block, i) => {
        const next = blocks[i + 1];
        return show(block) + (next && $getState(next, BREAK_STATES.join) ? "~~¶~~" : "");
      })
      .join(" / ");
  });

/** A story of paragraphs; returns nothing, the text nodes are found by their words. */
export function story(...paragraphs: string[]) {
  edit(() => {
    $getRoot()
      .clear()
      .append(...paragraphs.map((p) => $createParagraphNode().append($createTextNode(p))));
  });
}

/** Select `words` (the first time they occur) in the story's text nodes. */
export function $select(words: string, endWords?: string) {
  const texts = $getRoot()
    .getAllTextNodes()
    .filter((t) => t.getParent()?.getType() !== "suggestion-delete");
  const find = (w: string): [TextNode, number] => {
    for (const t of texts) {
      const at = t.getTextContent().indexOf(w);
      if (at >= 0) return [t, at];
    }
    throw new Error(`"${w}" not on screen`);
  };
  const [from, start] = find(words);
  const [to, end] = endWords ? find(endWords) : [from, start];
  const selection = $createRangeSelection();
  selection.anchor.set(from.getKey(), start, "text");
  selection.focus.set(to.getKey(), end + (endWords ?? words).length, "text");
  $setSelection(selection);
  return selection;
}

/** Put the caret right after `words`. */
export function $caretAfter(words: string) {
  const selection = $select(words);
  selection.anchor.set(selection.focus.key, selection.focus.offset, "text");
}

/** Put the caret right before `words`. */
export function $caretBefore(words: string) {
  const selection = $select(words);
  selection.focus.set(selection.anchor.key, selection.anchor.offset, "text");
}
