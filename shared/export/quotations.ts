// The confirmed tagged quotations of a body with their speakers, for JSON-LD and ninjs.
// Suggested quotations are detection output the editor has not accepted and are left out.
import type { ArticleBody, InlineNodeJSON, ListNodeJSON, QuotationNodeJSON } from "../document/nodes.ts";
import type { ExportSource } from "./types.ts";

export interface PublishedQuotation {
  quoteId: string;
  text: string;
  source: ExportSource | null;
}

// The quoted words without the marks around them or the comma that hands over to "she said".
function quotedWords(text: string): string {
  return text
    .trim()
    .replace(/^["\u201c\u2018']+/u, "")
    .replace(/[,\s]*["\u201d\u2019']+$/u, "")
    .replace(/,$/, "")
    .trim();
}

function inlineText(children: InlineNodeJSON[]): string {
  return children
    .map((c) => (c.type === "text" ? c.text : c.type === "linebreak" ? " " : inlineText(c.children)))
    .join("");
}

function collect(children: (InlineNodeJSON | ListNodeJSON)[], out: QuotationNodeJSON[]): void {
  for (const child of children) {
    if (child.type === "quotation") out.push(child);
    if (child.type === "list") for (const item of child.children) collect(item.children, out);
    else if ("children" in child) collect(child.children, out);
  }
}

export function publishedQuotations(
  body: ArticleBody,
  sources: readonly ExportSource[],
): PublishedQuotation[] {
  const found: QuotationNodeJSON[] = [];
  for (const block of body.root.children) {
    if (block.type === "figure") continue;
    if (block.type === "list") collect([block], found);
    else collect(block.children, found);
  }
  const byId = new Map(sources.map((s) => [s.id, s]));
  return found
    .filter((q) => q.status === "confirmed")
    .map((q) => ({
      quoteId: q.quoteId,
      text: quotedWords(inlineText(q.children)),
      source: (q.sourceId && byId.get(q.sourceId)) || null,
    }))
    .filter((q) => q.text !== "");
}

/** The sources the story actually quotes (confirmed quotations), in order of first quote. */
export function quotedSources(body: ArticleBody, sources: readonly ExportSource[]): ExportSource[] {
  const seen = new Map<string, ExportSource>();
  for (const q of publishedQuotations(body, sources)) if (q.source) seen.set(q.source.id, q.source);
  return [...seen.values()];
}
