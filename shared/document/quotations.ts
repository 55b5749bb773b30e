// The tagged quotations in a body, one entry per quote id. A quotation that runs over
// several paragraphs is tagged once per paragraph with the same id; its parts are joined.
import type { AnyNodeJSON, ArticleBody, QuotationNodeJSON, QuoteKind } from "./nodes.ts";

export interface TaggedQuote {
  quoteId: string;
  sourceId: string | null;
  status: QuotationNodeJSON["status"];
  kind: QuoteKind;
  text: string;
}

function textOf(node: AnyNodeJSON): string {
  if (node.type === "text") return node.text;
  if (node.type === "linebreak") return "\n";
  return "children" in node ? (node.children as AnyNodeJSON[]).map(textOf).join("") : "";
}

/** A full quotation reads as a sentence: a capital first letter and several words. */
export function inferQuoteKind(text: string): QuoteKind {
  const words = text.trim().split(/\s+/).length;
  return /^[\p{Lu}\d]/u.test(text.trim()) && words >= 5 ? "full" : "partial";
}

/**
 * One entry per tagged quotation. Parts with the same quote id in consecutive blocks are one
 * quotation run over paragraphs; the same id anywhere else is a copy (pasted within the
 * editor) and counts as a quotation of its own, under the id with a "~n" suffix.
 */
export function taggedQuotes(body: ArticleBody): TaggedQuote[] {
  const quotes: (TaggedQuote & { explicitKind?: QuoteKind })[] = [];
  const open = new Map<string, { quote: (typeof quotes)[number]; block: number }>();
  const copies = new Map<string, number>();

  const visit = (node: AnyNodeJSON, block: number) => {
    if (node.type === "quotation") {
      const text = textOf(node);
      const run = open.get(node.quoteId);
      if (run && run.block === block - 1) {
        run.quote.text = `${run.quote.text} ${text}`;
        run.block = block;
        return;
      }
      const copy = run ? (copies.get(node.quoteId) ?? 1) + 1 : 0;
      if (copy) copies.set(node.quoteId, copy);
      const quote = {
        quoteId: copy ? `${node.quoteId}~${copy}` : node.quoteId,
        sourceId: node.sourceId ?? null,
        status: node.status === "confirmed" ? ("confirmed" as const) : ("suggested" as const),
        kind: "partial" as const,
        explicitKind: node.kind,
        text,
      };
      quotes.push(quote);
      open.set(node.quoteId, { quote, block });
      return;
    }
    if ("children" in node) for (const child of node.children as AnyNodeJSON[]) visit(child, block);
  };
  body.root.children.forEach((child, block) => visit(child, block));
  return quotes.map(({ explicitKind, ...q }) => ({ ...q, kind: explicitKind ?? inferQuoteKind(q.text) }));
}
