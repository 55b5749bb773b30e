// Suggestions on a paragraph break, in Suggesting mode. Two kinds, mirror images of each other,
// both kept in the node state of the block after the break (shared/document's
// BREAK_SUGGESTIONS, SuggestedBreakJSON), with who and when, so they go through autosave,
// revisions and the desk with the block:
// - a suggested break (Enter with the caret in a paragraph): the paragraph splits at once.
//   Accepted, the break stays; rejected, the block joins the one before it again. Shown as a
//   pilcrow at the start of the block.
// - a suggested join (Backspace at the start of a block, Delete at the end of the one before):
//   the blocks stay apart on screen. Accepted, the block joins the one before it; rejected, they
//   stay apart. Shown as a struck-through pilcrow at the end of the block before. One's own break,
//   still pending, is simply taken back instead (as Word does with one's own insertion).
// The rule for which decision joins (decisionJoins) and which blocks can join (canJoin) is
// shared/document/suggestions.ts's, so the editor and the stored body always agree.
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $setState,
  createState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  ParagraphNode,
  type PointType,
} from "lexical";
import { $isListNode, ListItemNode } from "@lexical/list";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import { mergeRegister } from "@lexical/utils";
import { BREAK_SUGGESTIONS, type BreakSuggestionKind } from "../../../../shared/document/nodes.ts";
import { decisionJoins } from "../../../../shared/document/suggestions.ts";
import type { SuggestionMeta } from "../../nodes/SuggestionNode.ts";
import { PullQuoteNode } from "../../nodes/PullQuoteNode.ts";
import { newMeta, type Suggester } from "./suggest.ts";

const isMeta = (value: unknown): value is SuggestionMeta =>
  typeof value === "object" &&
  value !== null &&
  ["suggestionId", "author", "initials", "at"].every(
    (k) => typeof (value as Record<string, unknown>)[k] === "string",
  );

const breakState = (key: (typeof BREAK_SUGGESTIONS)[BreakSuggestionKind]) =>
  createState(key, { parse: (value): SuggestionMeta | null => (isMeta(value) ? value : null) });

/** The node state of each kind: `suggestedBreak` and `suggestedJoin`, the same shape. */
export const BREAK_STATES = {
  break: breakState(BREAK_SUGGESTIONS.break),
  join: breakState(BREAK_SUGGESTIONS.join),
};
const KINDS = ["break", "join"] as const;

/** Blocks that hold words (not a list, not a figure): only these join (canJoin's rule). */
function $holdsWords(node: LexicalNode | null): node is ElementNode {
  return (
    $isElementNode(node) &&
    !node.isInline() &&
    !$isRootOrShadowRoot(node) &&
    !$isListNode(node) &&
    !node.getChildren().some($isListNode)
  );
}

/** Whether `block` can join `before`, the block before it (shared/document's canJoin). */
export function $canJoin(before: LexicalNode | null, block: LexicalNode): before is ElementNode {
  return $holdsWords(before) && $holdsWords(block);
}

/** A pending join the story's text reads as accepted: no blank line between the two blocks. */
export function $readsJoined(before: LexicalNode, block: LexicalNode): boolean {
  return $getState(block, BREAK_STATES.join) !== null && $canJoin(before, block);
}

/** Split the paragraph at the caret as a suggestion; false when there is no caret to split at. */
export function $suggestBreak(who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = selection.insertParagraph();
  if (!block) return false;
  $setState(block, BREAK_STATES.break, newMeta(who));
  return true;
}

/**
 * The block the point sits at the very start of (or end of, `atStart` false), inline elements
 * (a link, a quotation, an insertion) counted through; null when words come first.
 */
function $edgeBlock(point: PointType, atStart: boolean): ElementNode | null {
  let node: LexicalNode = point.getNode();
  const size =
    point.type === "text" ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
  if (point.offset !== (atStart ? 0 : size)) return null;
  for (;;) {
    if ($isElementNode(node) && !node.isInline()) return $isRootOrShadowRoot(node) ? null : node;
    if ((atStart ? node.getPreviousSibling() : node.getNextSibling()) !== null) return null;
    const parent: ElementNode | null = node.getParent();
    if (!parent) return null;
    node = parent;
  }
}

/** What Backspace or Delete did at a paragraph break (see $suggestJoin). */
export type JoinOutcome = "not at a break" | "done" | "stepped over";

/**
 * Backspace at the start of a block (`isBackward`) or Delete at the end of one, as a suggestion:
 * the break there is suggested away (a join), or, when it is the editor's own pending break,
 * taken back at once. "not at a break": the caret has words on that side, the key deletes them;
 * "done": handled (also when there is nothing to join: the first block, a figure, a list);
 * "stepped over": that break already carries a join, so the caret went past it and the key goes
 * on deleting from there, as it does past struck-through words.
 */
export function $suggestJoin(who: Suggester, isBackward: boolean): JoinOutcome {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return "not at a break";
  const here = $edgeBlock(selection.anchor, isBackward);
  if (!here) return "not at a break";
  const before = isBackward ? here.getPreviousSibling() : here;
  const block = isBackward ? here : here.getNextSibling();
  if (!$holdsWords(before) || !$holdsWords(block)) return "done"; // $canJoin, both ends typed
  // The caret ends where a deletion leaves it: before the struck mark (Backspace) or after it.
  const place = () => (isBackward ? before.selectEnd() : block.selectStart());
  if ($getState(block, BREAK_STATES.join)) {
    place();
    return "stepped over";
  }
  const own = $getState(block, BREAK_STATES.break);
  if (own && own.author === who.author) {
    before.selectEnd();
    $decideBreak(block, "break", "reject");
    return "done";
  }
  $setState(block, BREAK_STATES.join, newMeta(who));
  place();
  return "done";
}

/** One suggestion on a paragraph break: the block after the break, which kind, who and when. */
export interface BreakPart {
  block: ElementNode;
  kind: BreakSuggestionKind;
  meta: SuggestionMeta;
}

/** Every suggested break and join, in story order (a break before a join on the same block). */
export function $breakParts(): BreakPart[] {
  const parts: BreakPart[] = [];
  const visit = (node: LexicalNode) => {
    if (!$isElementNode(node) || node.isInline()) return;
    for (const kind of KINDS) {
      const meta = $getState(node, BREAK_STATES[kind]);
      if (meta) parts.push({ block: node, kind, meta });
    }
    node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return parts;
}

/**
 * Accept or reject one suggestion on the break before `block`. A rejected break or an accepted
 * join joins the block to the one before it (whatever else was pending on that break goes with
 * it); otherwise the break stays and the suggestion comes off.
 */
export function $decideBreak(
  block: ElementNode,
  kind: BreakSuggestionKind,
  decision: "accept" | "reject",
): void {
  const before = block.getPreviousSibling();
  if (decisionJoins(kind, decision) && $canJoin(before, block)) {
    before.append(...block.getChildren());
    block.remove();
    return;
  }
  $setState(block, BREAK_STATES[kind], null);
}

const MARKS = {
  break: { attribute: "suggestedBreak", says: "Paragraph break suggested by" },
  join: { attribute: "suggestedJoin", says: "Joining this paragraph to the one before suggested by" },
} as const;

/**
 * The pilcrows on screen: the block's element says whose break or join is pending on the break
 * before it (data-suggested-break, data-suggested-join); suggestions.css draws them.
 */
export function registerBreakMarks(editor: LexicalEditor): () => void {
  const mark = (mutations: Map<string, string>) =>
    editor.getEditorState().read(() => {
      for (const [key, kind] of mutations) {
        if (kind === "destroyed") continue;
        const element = editor.getElementByKey(key);
        const node = $getNodeByKey(key);
        if (!element || !node) continue;
        const marked = KINDS.some((which) => element.dataset[MARKS[which].attribute] !== undefined);
        const titles: string[] = [];
        for (const which of KINDS) {
          const meta = $getState(node, BREAK_STATES[which]);
          const { attribute, says } = MARKS[which];
          if (meta) {
            element.dataset[attribute] = meta.initials || "?";
            titles.push(`${says} ${meta.author || "someone"}`);
          } else delete element.dataset[attribute];
        }
        if (titles.length > 0) element.title = titles.join("; ");
        else if (marked) element.removeAttribute("title");
      }
    });
  return mergeRegister(
    ...[ParagraphNode, HeadingNode, QuoteNode, PullQuoteNode, ListItemNode].map((klass) =>
      editor.registerMutationListener(klass, mark),
    ),
  );
}
