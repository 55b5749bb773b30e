// Accepting and rejecting suggestions in the editor (one, an editor's, or all), as editor.update
// functions, so each decision is one step in Lexical's history and undoes like any edit. The same
// rule as shared/document/suggestions.ts: an accepted insertion or a rejected deletion leaves its
// words in place; a rejected insertion or an accepted deletion takes them out; a formatting
// change keeps its words, formatted as suggested when accepted, as before when rejected; a
// rejected paragraph break or an accepted join joins the two blocks (breaks.ts).
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from "lexical";
import { $breakParts, $decideBreak } from "./breaks.ts";
import {
  $isFormatChangeNode,
  $isInsertionNode,
  $isSuggestionNode,
  type FormatChangeNode,
  type SuggestionMeta,
  type SuggestionPart,
} from "../../nodes/SuggestionNode.ts";

export type Decision = "accept" | "reject";

/** Which suggestions a decision is about. */
export type Which = { id: string } | { author: string } | "all";

function matches(meta: SuggestionMeta, which: Which): boolean {
  if (which === "all") return true;
  return "id" in which ? meta.suggestionId === which.id : meta.author === which.author;
}

/** Every suggestion part in the story, in story order (outer before inner). */
export function $suggestionParts(): SuggestionPart[] {
  const parts: SuggestionPart[] = [];
  const visit = (node: LexicalNode) => {
    if ($isSuggestionNode(node)) parts.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return parts;
}

export function $unwrap(part: SuggestionPart): void {
  for (const child of part.getChildren()) part.insertBefore(child);
  part.remove();
}

/** The words' formatting as it was before the change was suggested. */
function $restoreFormat(part: FormatChangeNode): void {
  const { suggestedFormat, formatOn } = part.getChange();
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node) && node.hasFormat(suggestedFormat) === formatOn) node.toggleFormat(suggestedFormat);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit(part);
}

/** Decide the suggestions `which` picks; returns how many parts were decided. */
export function $decideSuggestions(decision: Decision, which: Which): number {
  const breaks = $breakParts().filter((part) => matches(part.meta, which));
  // Last first, so a joined block joins one that is still where it was. A block joined already
  // took the other suggestion on its break with it.
  for (const { block, kind } of breaks.reverse()) if (block.isAttached()) $decideBreak(block, kind, decision);
  return breaks.length + $decideParts(decision, which);
}

function $decideParts(decision: Decision, which: Which): number {
  // Inner parts first, so an outer part never takes an undecided inner one away with it.
  const parts = $suggestionParts()
    .filter((part) => matches(part.getMeta(), which))
    .reverse();
  for (const part of parts) {
    if (!part.isAttached()) continue;
    if ($isFormatChangeNode(part)) {
      if (decision === "reject") $restoreFormat(part);
      $unwrap(part);
      continue;
    }
    const keepsWords = (decision === "accept") === $isInsertionNode(part);
    if (keepsWords) $unwrap(part);
    else part.remove();
  }
  return parts.length;
}
