// Rewriting a body: a copy of the tree with some nodes replaced, made bottom-up so a change
// deep in a list or a quotation never touches the original. Tidying on save (normalize.ts) and
// re-tagging on a source merge both go through it.
import type { AnyNodeJSON, ArticleBody } from "./nodes.ts";

/** A copy of the body with every node passed through `change` (children first). */
export function mapNodes(body: ArticleBody, change: (node: AnyNodeJSON) => AnyNodeJSON): ArticleBody {
  const visit = (node: AnyNodeJSON): AnyNodeJSON => {
    const children = "children" in node ? (node.children as AnyNodeJSON[]).map(visit) : undefined;
    return change({ ...node, ...(children ? { children } : {}) } as AnyNodeJSON);
  };
  return { root: visit(body.root) as ArticleBody["root"] };
}

/** A copy of the body with every quotation tagged to `fromId` tagged to `toId` instead. */
export function retagQuotations(body: ArticleBody, fromId: string, toId: string): ArticleBody {
  return mapNodes(body, (node) =>
    node.type === "quotation" && node.sourceId === fromId ? { ...node, sourceId: toId } : node,
  );
}
