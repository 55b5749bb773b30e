// The tagged quotations of a body as the library records them: one entry per quotation, read
// from the one body walker (text.ts). A quotation that runs over several paragraphs is tagged
// once per paragraph with the same id; its parts are joined.
import { z } from "zod";
import { type ArticleBody, quotationStatus, type QuoteKind, quoteKind } from "./nodes.ts";
import { bodyText } from "./text.ts";

/** A tagged quotation as the library keeps it (and, with its article, as the API lists it). */
export const taggedQuote = z.object({
  quoteId: z.string(),
  sourceId: z.string().nullable(),
  text: z.string(),
  kind: quoteKind,
  status: quotationStatus,
});
export type TaggedQuote = z.infer<typeof taggedQuote>;

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
  for (const tagged of bodyText(body).quotations) {
    const run = open.get(tagged.quoteId);
    if (run && run.block === tagged.block - 1) {
      run.quote.text = `${run.quote.text} ${tagged.text}`;
      run.block = tagged.block;
      continue;
    }
    const copy = run ? (copies.get(tagged.quoteId) ?? 1) + 1 : 0;
    if (copy) copies.set(tagged.quoteId, copy);
    const quote = {
      quoteId: copy ? `${tagged.quoteId}~${copy}` : tagged.quoteId,
      sourceId: tagged.sourceId,
      status: tagged.status,
      kind: "partial" as const,
      explicitKind: tagged.kind,
      text: tagged.text,
    };
    quotes.push(quote);
    open.set(tagged.quoteId, { quote, block: tagged.block });
  }
  return quotes.map(({ explicitKind, ...q }) => ({ ...q, kind: explicitKind ?? inferQuoteKind(q.text) }));
}
