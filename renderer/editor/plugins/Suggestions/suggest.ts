// Editing in Suggesting mode, as editor.update functions: typed words become an insertion, and
// removed words stay in place, struck through, as a deletion. Each suggestion carries who made it
// and when (SuggestionNode's meta). Words inside a pending insertion are simply edited: deleting
// them takes back part of the insertion rather than suggesting to delete a suggestion.
import {
  $createLineBreakNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type RangeSelection,
} from "lexical";
import {
  $createDeletionNode,
  $createInsertionNode,
  $isDeletionNode,
  $isInsertionNode,
  $suggestionOf,
  type DeletionNode,
  type InsertionNode,
  type SuggestionMeta,
} from "../../nodes/SuggestionNode.ts";

/** Who is suggesting (library.info's name and initials). */
export interface Suggester {
  author: string;
  initials: string;
}

/** A new suggestion's meta: a fresh id, the editor, now. */
export function newMeta(who: Suggester, now = new Date()): SuggestionMeta {
  return {
    suggestionId: crypto.randomUUID(),
    author: who.author,
    initials: who.initials,
    at: now.toISOString(),
  };
}

const sameAuthor = (a: SuggestionMeta, who: Suggester) => a.author === who.author;

/** Leaves (words and line breaks) in a selection, split at its edges. */
function $selectedLeaves(selection: RangeSelection): LexicalNode[] {
  return selection.extract().filter((node) => $isTextNode(node) || $isLineBreakNode(node));
}

/** Runs of leaves that sit side by side under one parent: each becomes one deletion part. */
function runsOf(leaves: LexicalNode[]): LexicalNode[][] {
  const runs: LexicalNode[][] = [];
  for (const leaf of leaves) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].getNextSibling()?.is(leaf)) run.push(leaf);
    else runs.push([leaf]);
  }
  return runs;
}

/** A deletion beside `part` by the same editor takes its words in, so Backspace keeps one deletion. */
function $mergeWithNeighbour(part: DeletionNode, who: Suggester): DeletionNode {
  const before = part.getPreviousSibling();
  if ($isDeletionNode(before) && sameAuthor(before.getMeta(), who)) {
    before.append(...part.getChildren());
    part.remove();
    return before;
  }
  const after = part.getNextSibling();
  if ($isDeletionNode(after) && sameAuthor(after.getMeta(), who)) {
    const first = after.getFirstChild();
    for (const child of part.getChildren()) {
      if (first) first.insertBefore(child);
      else after.append(child);
    }
    part.remove();
    return after;
  }
  return part;
}

/**
 * Suggest deleting what is selected: plain words are wrapped in a deletion (one suggestion, one
 * part per run of words), words of a pending insertion are taken out, words already suggested
 * for deletion stay as they are. The caret ends before the deletion (Backspace) or after it.
 */
export function $suggestRemoval(selection: RangeSelection, who: Suggester, isBackward: boolean): void {
  if (selection.isCollapsed()) return;
  const meta = newMeta(who);
  const leaves = $selectedLeaves(selection);
  const parts: DeletionNode[] = [];
  for (const run of runsOf(leaves.filter((leaf) => $suggestionOf(leaf) === null))) {
    const part = $createDeletionNode(meta);
    run[0].insertBefore(part);
    part.append(...run);
    parts.push($mergeWithNeighbour(part, who));
  }
  // Parts merged into an older deletion share its id, so the suggestion reads as one.
  const kept = parts.find((p) => p.getSuggestionId() !== meta.suggestionId);
  if (kept) for (const p of parts) p.setMeta(kept.getMeta());
  const taken = leaves.filter((leaf) => $isInsertionNode($suggestionOf(leaf)));
  const placeAfter = parts.length > 0 ? null : taken[taken.length - 1];
  if (placeAfter) placeAfter.selectNext(0, 0);
  for (const leaf of taken) leaf.remove();
  if (parts.length === 0) return;
  if (isBackward) parts[0].selectPrevious();
  else parts[parts.length - 1].selectNext(0, 0);
}

/** Step the caret out of deletions it touches, so a new edit lands beside them, never inside. */
export function $stepOutOfDeletions(selection: RangeSelection, isBackward: boolean): void {
  for (let guard = 0; guard < 100; guard++) {
    const { anchor } = selection;
    const node = anchor.getNode();
    const inside = $suggestionOf(node);
    let deletion: DeletionNode | null = $isDeletionNode(inside) ? inside : null;
    if (!deletion && anchor.type === "text") {
      const atStart = anchor.offset === 0;
      const atEnd = anchor.offset === node.getTextContentSize();
      const neighbour = isBackward ? atStart && node.getPreviousSibling() : atEnd && node.getNextSibling();
      if ($isDeletionNode(neighbour || null)) deletion = neighbour as DeletionNode;
    } else if (!deletion && $isElementNode(node)) {
      const neighbour = node.getChildAtIndex(isBackward ? anchor.offset - 1 : anchor.offset);
      if ($isDeletionNode(neighbour)) deletion = neighbour;
    }
    if (!deletion) return;
    if (isBackward) deletion.selectPrevious();
    else deletion.selectNext(0, 0);
    const moved = $getSelection();
    if (!$isRangeSelection(moved)) return;
    selection = moved;
  }
}

/** Text as inline nodes: lines joined by line breaks. */
function nodesFor(text: string, selection: RangeSelection): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (i > 0) nodes.push($createLineBreakNode());
    if (line) nodes.push($createTextNode(line).setFormat(selection.format).setStyle(selection.style));
  });
  return nodes;
}

/** Put an inline node at the caret, splitting the words there (inside a quotation or link too). */
function $insertAtCaret(selection: RangeSelection, node: LexicalNode): void {
  const { anchor } = selection;
  const at = anchor.getNode();
  if ($isTextNode(at)) {
    if (anchor.offset === 0) at.insertBefore(node);
    else if (anchor.offset >= at.getTextContentSize()) at.insertAfter(node);
    else at.splitText(anchor.offset)[1].insertBefore(node);
  } else if ($isElementNode(at)) {
    const child = at.getChildAtIndex(anchor.offset);
    if (child) child.insertBefore(node);
    else at.append(node);
  }
}

/** The editor's own insertion the caret is in, or sits right after. */
function $ownInsertionAt(selection: RangeSelection, who: Suggester): InsertionNode | null {
  const { anchor } = selection;
  const node = anchor.getNode();
  const inside = $suggestionOf(node);
  if ($isInsertionNode(inside)) return sameAuthor(inside.getMeta(), who) ? inside : null;
  const before =
    anchor.type === "text"
      ? anchor.offset === 0 && node.getPreviousSibling()
      : $isElementNode(node) && node.getChildAtIndex(anchor.offset - 1);
  return $isInsertionNode(before || null) && sameAuthor((before as InsertionNode).getMeta(), who)
    ? (before as InsertionNode)
    : null;
}

/**
 * Suggest inserting `text` at the caret; a selection is first suggested for deletion. True when
 * the words only joined the editor's own insertion (typing on), false when anything else changed.
 */
export function $suggestInsertText(text: string, who: Suggester): boolean {
  let selection = $getSelection();
  if (!$isRangeSelection(selection) || text === "") return false;
  if (!selection.isCollapsed()) {
    $suggestRemoval(selection, who, false);
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
  }
  $stepOutOfDeletions(selection, false);
  selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const own = $ownInsertionAt(selection, who);
  const { anchor } = selection;
  const anchorNode = anchor.getNode();
  const typingOn = own !== null && own.isParentOf(anchorNode);
  if (typingOn && !text.includes("\n") && $isTextNode(anchorNode) && anchor.type === "text") {
    // Typing on inside one's own insertion: the words join it.
    anchorNode.spliceText(anchor.offset, 0, text, true);
    return true;
  }
  const nodes = nodesFor(text, selection);
  if (nodes.length === 0) return false;
  if (typingOn) {
    const first = nodes[0];
    $insertAtCaret(selection, first);
    for (const node of nodes.slice(1).reverse()) first.insertAfter(node);
  } else if (own) {
    own.append(...nodes);
  } else {
    const insertion = $createInsertionNode(newMeta(who)).append(...nodes);
    $insertAtCaret(selection, insertion);
  }
  const last = nodes[nodes.length - 1];
  if ($isTextNode(last)) last.select();
  else last.selectNext(0, 0);
  // Right after one's own insertion (where the browser puts the caret) is typing on, too.
  return own !== null && !typingOn;
}
