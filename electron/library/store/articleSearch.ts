// Search over the library, in one pass: choose the order, page, and make highlights and
// excerpts for the page alone (snippets.ts). The order depends on the words:
// - selective words (in a few thousand articles or fewer) are ranked by bm25, which costs
//   about a millisecond per thousand matching articles;
// - words in most articles ("the", "said", "cou…") would cost bm25 a walk over every match,
//   and relevance means little there: those results come newest-edited first, read by walking
//   the index backwards (its rowids follow edits, migration 010) and stopping at the page.
// fts5vocab tells the two apart: how many articles hold each word.
import type { ArticleSummary } from "../../../shared/api/schemas.ts";
import type { LibraryDatabase } from "../database.ts";
import { foldWord, parseSearch, type SearchTerm } from "./ftsQuery.ts";
import type { ArticleFilter } from "./interface.ts";
import { excerpt, highlight } from "./snippets.ts";

/** Above this many matching articles, a query is paged by edit date instead of ranked. */
export const COMMON_DOCS = 5000;
/** A prefix's estimate adds up at most this many of the words it covers. */
const PREFIX_TERMS = 1000;

export interface SearchRecord {
  id: string;
  slug: string;
  headline: string;
  dek: string;
  byline: string;
  section: string;
  status: ArticleSummary["status"];
  word_count: number;
  updated_at: string;
  deleted_at: string | null;
  body_text: string;
}

/** The WHERE clause for an article filter over `a` (its values pushed onto params). */
export function filterClause(filter: ArticleFilter, params: unknown[]): string {
  const where = [filter.trash ? "a.deleted_at IS NOT NULL" : "a.deleted_at IS NULL"];
  if (filter.status) {
    where.push("a.status = ?");
    params.push(filter.status);
  }
  if (filter.section) {
    where.push("a.section = ?");
    params.push(filter.section);
  }
  return where.join(" AND ");
}

export function articleSearch(db: LibraryDatabase, commonDocs = COMMON_DOCS) {
  const wordDocs = db.prepare<[string], number>("SELECT doc FROM articles_fts_vocab WHERE term = ?").pluck();
  const prefixDocs = db
    .prepare<[string, string, number], number>(
      "SELECT sum(doc) FROM (SELECT doc FROM articles_fts_vocab WHERE term >= ? AND term < ? LIMIT ?)",
    )
    .pluck();

  /** An upper bound on how many articles hold the term (a phrase: its rarest word). */
  const estimate = (term: SearchTerm): number =>
    Math.min(
      ...term.words.map((w, i) => {
        const folded = foldWord(w);
        if (term.prefix && i === term.words.length - 1) {
          return prefixDocs.get(folded, `${folded}\u{10ffff}`, PREFIX_TERMS) ?? 0;
        }
        return wordDocs.get(folded) ?? 0;
      }),
    );

  return (query: string, filter: ArticleFilter): ArticleSummary[] => {
    const parsed = parseSearch(query);
    if (!parsed) return [];
    const common = Math.min(...parsed.terms.map(estimate)) > commonDocs;
    const params: unknown[] = [parsed.match];
    const where = filterClause(filter, params);
    params.push(filter.limit);
    // The page is chosen on the index and the small filter index alone; only its rows are read.
    const sql = `WITH page AS MATERIALIZED (
        SELECT f.rowid AS seq, ${common ? "f.rowid" : "-f.rank"} AS score
        FROM articles_fts f CROSS JOIN article_search s ON s.seq = f.rowid
          CROSS JOIN articles a INDEXED BY articles_search_filter ON a.id = s.article_id
        WHERE articles_fts MATCH ? AND ${where}
        ORDER BY ${common ? "f.rowid DESC" : "f.rank"} LIMIT ?)
      SELECT a.id, a.slug, a.headline, a.dek, a.byline, a.section, a.status, a.word_count, a.updated_at,
        a.deleted_at, a.body_text
      FROM page JOIN article_search s ON s.seq = page.seq JOIN articles a ON a.id = s.article_id
      ORDER BY page.score DESC`;
    const rows = db.prepare(sql).all(...params) as SearchRecord[];
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      headline: r.headline,
      dek: r.dek,
      byline: r.byline,
      section: r.section,
      status: r.status,
      wordCount: r.word_count,
      updatedAt: r.updated_at,
      deletedAt: r.deleted_at,
      match: { headline: highlight(r.headline, parsed.terms), excerpt: excerpt(r.body_text, parsed.terms) },
    }));
  };
}
