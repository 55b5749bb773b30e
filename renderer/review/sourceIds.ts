// Source ids the story's tagged quotations name that the review's source list lacks: the sign
// that the list is stale (a source was just created or attached) and must be fetched again.
import type { AnyNodeJSON, ArticleBody } from "../../shared/document/nodes.ts";
import type { ReviewSource } from "../../shared/review/index.ts";

export function taggedSourceIds(body: ArticleBody): Set<string> {
  const ids = new Set<string>();
  const visit = (node: AnyNodeJSON) => {
    if (node.type === "quotation" && node.sourceId) ids.add(node.sourceId);
    if ("children" in node) for (const child of node.children as AnyNodeJSON[]) visit(child);
  };
  body.root.children.forEach((block) => visit(block as AnyNodeJSON));
  return ids;
}

export function unknownSourceIds(body: ArticleBody, sources: readonly ReviewSource[]): string[] {
  const known = new Set(sources.map((s) => s.id));
  return [...taggedSourceIds(body)].filter((id) => !known.has(id));
}
