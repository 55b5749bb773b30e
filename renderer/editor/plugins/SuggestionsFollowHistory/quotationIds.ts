// The quote ids tagged in an editor state, without walking the tree: one pass over the
// node map, so it is cheap enough to run on every undo and redo.
import type { EditorState } from "lexical";
import { $isQuotationNode } from "../../nodes/QuotationNode.ts";

export function quotationIds(state: EditorState): Set<string> {
  return state.read(() => {
    const ids = new Set<string>();
    for (const node of state._nodeMap.values()) if ($isQuotationNode(node)) ids.add(node.getQuoteId());
    return ids;
  });
}

export function sameQuotations(a: EditorState, b: EditorState): boolean {
  const before = quotationIds(a);
  const after = quotationIds(b);
  return before.size === after.size && [...before].every((id) => after.has(id));
}
