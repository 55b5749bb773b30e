// How a source's quotes are counted and grouped for the Sources tab and the source page.
import type { QuoteRecord } from "../../shared/api/sourceSchemas.ts";

export interface KindCounts {
  full: number;
  partial: number;
}

export function countKinds(quotes: Pick<QuoteRecord, "kind">[]): KindCounts {
  const counts = { full: 0, partial: 0 };
  for (const q of quotes) counts[q.kind] += 1;
  return counts;
}

/** "2 full · 1 partial", "1 full", "No quotes yet". */
export function kindSummary(quotes: Pick<QuoteRecord, "kind">[]): string {
  const { full, partial } = countKinds(quotes);
  const parts = [full && `${full} full`, partial && `${partial} partial`].filter(Boolean);
  return parts.length ? parts.join(" · ") : "No quotes yet";
}

export interface ArticleQuoteGroup {
  articleId: string;
  headline: string;
  /** When the article was last saved (what the library knows as its date). */
  date: string;
  quotes: QuoteRecord[];
}

/** Quotes grouped by article, newest article first, quotes in the order the library gave them. */
export function groupByArticle(quotes: QuoteRecord[]): ArticleQuoteGroup[] {
  const groups = new Map<string, ArticleQuoteGroup>();
  for (const q of quotes) {
    let group = groups.get(q.articleId);
    if (!group) {
      group = { articleId: q.articleId, headline: q.headline, date: q.articleUpdatedAt, quotes: [] };
      groups.set(q.articleId, group);
    }
    group.quotes.push(q);
    if (q.articleUpdatedAt > group.date) group.date = q.articleUpdatedAt;
  }
  return [...groups.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Quotes of one source within an article's list. */
export function quotesOf(quotes: QuoteRecord[], sourceId: string): QuoteRecord[] {
  return quotes.filter((q) => q.sourceId === sourceId);
}

/** "12 quotes in 4 articles". */
export function reachSummary(quotes: QuoteRecord[]): string {
  const articles = new Set(quotes.map((q) => q.articleId)).size;
  const n = quotes.length;
  return `${n} quote${n === 1 ? "" : "s"} in ${articles} article${articles === 1 ? "" : "s"}`;
}
