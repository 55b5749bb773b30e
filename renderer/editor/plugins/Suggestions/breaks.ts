// A paragraph break suggested in Suggesting mode (Enter with the caret in a paragraph): the
// paragraph splits at once, and the block the break starts carries the suggestion in its node
// state (`suggestedBreak`, shared/document's SuggestedBreakJSON), with who and when, so it goes
// through autosave, revisions and the desk with the block. Accepted, the break stays; rejected,
// the block joins the one before it again. Shown as a pilcrow at the start of the block.
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $setState,
  createState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  ParagraphNode,
} from "lexical";
import { ListItemNode } from "@lexical/list";
import { mergeRegister } from "@lexical/utils";
import type { SuggestionMeta } from "../../nodes/SuggestionNode.ts";
import { newMeta, type Suggester } from "./suggest.ts";

const isMeta = (value: unknown): value is SuggestionMeta =>
  typeof value === "object" &&
  value !== null &&
  ["suggestionId", "author", "initials", "at"].every(
    (k) => typeof (value as Record<string, unknown>)[k] === "string",
  );

export const suggestedBreak = createState("suggestedBreak", {
  parse: (value): SuggestionMeta | null => (isMeta(value) ? value : null),
});

/** Split the paragraph at the caret as a suggestion; false when there is no caret to split at. */
export function $suggestBreak(who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = selection.insertParagraph();
  if (!block) return false;
  $setState(block, suggestedBreak, newMeta(who));
  return true;
}

/** Every block that starts with a suggested break, in story order. */
export function $breakParts(): ElementNode[] {
  const parts: ElementNode[] = [];
  const visit = (node: LexicalNode) => {
    if (!$isElementNode(node) || node.isInline()) return;
    if ($getState(node, suggestedBreak)) parts.push(node);
    node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return parts;
}

/** Accept (the break stays) or reject (the block joins the one before it) one suggested break. */
export function $decideBreak(block: ElementNode, decision: "accept" | "reject"): void {
  const before = block.getPreviousSibling();
  if (decision === "reject" && $isElementNode(before) && !before.isInline()) {
    before.append(...block.getChildren());
    block.remove();
    return;
  }
  $setState(block, suggestedBreak, null);
}

/** The pilcrow on screen: the block's element says it starts with a suggested break, and whose. */
export function registerBreakMarks(editor: LexicalEditor): () => void {
  const mark = (mutations: Map<string, string>) =>
    editor.getEditorState().read(() => {
      for (const [key, kind] of mutations) {
        if (kind === "destroyed") continue;
        const element = editor.getElementByKey(key);
        const node = $getNodeByKey(key);
        const meta = node ? $getState(node, suggestedBreak) : null;
        if (!element) continue;
        if (meta) {
          element.dataset.suggestedBreak = meta.initials || "?";
          element.title = `Paragraph break suggested by ${meta.author || "someone"}`;
        } else if (element.dataset.suggestedBreak !== undefined) {
          delete element.dataset.suggestedBreak;
          element.removeAttribute("title");
        }
      }
    });
  return mergeRegister(
    editor.registerMutationListener(ParagraphNode, mark),
    editor.registerMutationListener(ListItemNode, mark),
  );
}
