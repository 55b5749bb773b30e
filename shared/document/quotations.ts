// The tagged quotations in a body, one entry per quote id. A quotation that runs over
// several paragraphs is tagged once per paragraph with the same id; its parts are joined.
import type { AnyNodeJSON, ArticleBody, QuotationNodeJSON } from "./nodes.ts";

export interface TaggedQuote {
  quoteId: string;
  sourceId: string | null;
  status: QuotationNodeJSON["status"];
  kind: "full" | "partial";
  text: string;
}

function textOf(node: AnyNodeJSON): string {
  if (node.type === "text") return node.text;
  if (node.type === "linebreak") return "\n";
  return "children" in node ? (node.children as AnyNodeJSON[]).map(textOf).join("") : "";
}

/** A full quotation reads as a sentence: a capital first letter and several words. */
export function inferQuoteKind(text: string): "full" | "partial" {
  const words = text.trim().split(/\s+/).length;
  return /^[\p{Lu}\d]/u.test(text.trim()) && words >= 5 ? "full" : "partial";
}

export function taggedQuotes(body: ArticleBody): TaggedQuote[] {
  const byId = new Map<string, TaggedQuote & { explicitKind?: "full" | "partial" }>();
  const visit = (node: AnyNodeJSON) => {
    if (node.type === "quotation") {
      const text = textOf(node);
      const seen = byId.get(node.quoteId);
      if (seen) seen.text = `${seen.text} ${text}`;
      else
        byId.set(node.quoteId, {
          quoteId: node.quoteId,
          sourceId: node.sourceId ?? null,
          status: node.status === "confirmed" ? "confirmed" : "suggested",
          kind: "partial",
          explicitKind: node.kind,
          text,
        });
      return;
    }
    if ("children" in node) for (const child of node.children as AnyNodeJSON[]) visit(child);
  };
  body.root.children.forEach(visit);
  return [...byId.values()].map(({ explicitKind, ...q }) => ({
    ...q,
    kind: explicitKind ?? inferQuoteKind(q.text),
  }));
}
