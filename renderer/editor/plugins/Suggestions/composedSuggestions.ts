// Words typed through an input method (a dead key for "é" on a Mac, a Japanese or Chinese IME)
// in Suggesting mode. The browser composes them natively into the text under the caret, and
// Lexical must leave that text alone until the composition ends, so they cannot be routed into
// an insertion letter by letter as typed words are. Instead, when a composition starts, words
// selected are suggested for deletion and the caret is put inside this editor's insertion
// (where typing would go), so the browser composes there and Lexical watches the same node;
// should a composition still end in plain text, its words are taken back out and suggested as
// an insertion, in the same undo step.
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  type TextNode,
  COMPOSITION_END_COMMAND,
  COMPOSITION_END_TAG,
  COMPOSITION_START_COMMAND,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
} from "lexical";
import { mergeRegister } from "@lexical/utils";
import { $isInsertionNode, $suggestionOf } from "../../nodes/SuggestionNode.ts";
import { isSuggesting } from "./mode.ts";
import { $suggestInsertText, $suggestRemoval, type Suggester } from "./suggest.ts";

/**
 * Lexical's own place-holder for a composition, taken out of the composed text when it ends.
 * Two, with the caret between them: a caret at the very end of an insertion is moved out of
 * it by Lexical's selection rules, which would move the composition away from where the
 * browser composes.
 */
const COMPOSITION_START_CHAR = "\u200B";

/** The caret put inside this editor's insertion, between two place-holders, for a composition. */
function $composeInsideInsertion(who: Suggester): void {
  $suggestInsertText(COMPOSITION_START_CHAR + COMPOSITION_START_CHAR, who);
  const caret = $getSelection();
  if (!$isRangeSelection(caret) || !caret.isCollapsed() || caret.anchor.type !== "text") return;
  const node = caret.anchor.getNode() as TextNode;
  const between = caret.anchor.offset - 1;
  caret.setTextNodeRange(node, between, node, between);
}

/** The composed words just before the caret, made an insertion (unless they are in one already). */
export function $suggestComposed(text: string, who: Suggester): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (!$isTextNode(node) || anchor.offset < text.length) return;
  if (node.getTextContent().slice(anchor.offset - text.length, anchor.offset) !== text) return;
  const inside = $suggestionOf(node);
  if ($isInsertionNode(inside) && inside.getMeta().author === who.author) return;
  selection.anchor.set(node.getKey(), anchor.offset - text.length, "text");
  selection.removeText();
  $suggestInsertText(text, who);
}

export function registerComposedSuggestions(editor: LexicalEditor, who: () => Suggester): () => void {
  let composed: string | null = null;
  return mergeRegister(
    editor.registerCommand(
      COMPOSITION_START_COMMAND,
      () => {
        if (!isSuggesting(editor)) return false;
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        if (!selection.isCollapsed()) $suggestRemoval(selection, who(), false);
        $composeInsideInsertion(who());
        return false; // Lexical starts the composition there
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      COMPOSITION_END_COMMAND,
      (event) => {
        composed = isSuggesting(editor) ? event.data : null;
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerUpdateListener(({ tags }) => {
      if (!tags.has(COMPOSITION_END_TAG) || !composed) return;
      const text = composed;
      composed = null;
      editor.update(() => $suggestComposed(text, who()), { tag: HISTORY_MERGE_TAG });
    }),
  );
}
