// The confirmed tagged quotations of a body with their speakers, for JSON-LD: read from the
// one body walker (shared/document/text.ts). Suggested quotations are detection output the
// editor has not accepted and are left out.
import type { ArticleBody } from "../document/nodes.ts";
import { type Attributed, bodyText } from "../document/text.ts";
import type { ExportSource } from "./types.ts";

// The quoted words on one line, without the marks around them or the comma that hands over to
// "she said".
function quotedWords(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .trim()
    .replace(/^["\u201c\u2018']+/u, "")
    .replace(/[,\s]*["\u201d\u2019']+$/u, "")
    .replace(/,$/, "")
    .trim();
}

/** Each confirmed quotation, its text as published and its source when the export may name it. */
export function publishedQuotations(
  body: ArticleBody,
  sources: readonly ExportSource[],
): Attributed<ExportSource>[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return bodyText(body)
    .quotations.filter((q) => q.status === "confirmed")
    .map((q) => ({ ...q, text: quotedWords(q.text), source: (q.sourceId && byId.get(q.sourceId)) || null }))
    .filter((q) => q.text !== "");
}
