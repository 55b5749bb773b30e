// Search over the library, in one pass: choose the order, page, and make highlights and
// excerpts for the page alone (snippets.ts). The order depends on the words:
// - selective words (in a few thousand articles or fewer) are ranked by bm25, which costs
//   about a millisecond per thousand matching articles;
// - words in most articles ("the", "said", "cou…") would cost bm25 a walk over every match,
//   and relevance means little there: those results come newest-edited first, read by walking
//   the index backwards (its rowids follow edits, migration 010) and stopping at the page.
// Counting the matches up to the threshold tells the two apart. (fts5vocab was tried first:
// its count for a word reads the word's whole list, 4-25 ms for "said".)
// A quoted phrase is exact, so it is "common" sooner (a fifth of the threshold): ranking a
// thousand exact hits walks and scores every one of them, for little.
// A prefix longer than the prefix index ('2 3'), "coun", costs FTS5 a merge of the whole
// list of every word it starts before the first row comes (14 ms at 100,000 articles); the
// same words asked for by name ("council" OR "county"…, from fts5vocab's term range) are
// read lazily, newest first, and stop at the page (2 ms).
import type { ArticleSummary } from "../../../shared/api/schemas.ts";
import type { LibraryDatabase } from "../database.ts";
import { type SummaryRecord, toSummary } from "./articleColumns.ts";
import { foldWord, parseSearch, phraseMatch, type SearchQuery, type SearchTerm } from "./ftsQuery.ts";
import type { ArticleFilter } from "./interface.ts";
import { excerpt, highlight } from "./snippets.ts";

/** Above this many matching articles, a query is paged by edit date instead of ranked. */
export const COMMON_DOCS = 5000;

/** A list entry's columns and the text its excerpt is cut from. */
export interface SearchRecord extends SummaryRecord {
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

/** Newest matches checked against the filter at a time, on the way to a page. */
const CHUNK = 250;
/** The prefix index's longest prefix (migration 010): a longer one is a merge of word lists. */
const INDEXED_PREFIX = 3;
/** A prefix that starts more words than this is left to FTS5 as a prefix. */
const MOST_WORDS = 24;

function toSearchSummary(r: SearchRecord, terms: SearchTerm[]): ArticleSummary {
  return {
    ...toSummary(r),
    match: { headline: highlight(r.headline, terms), excerpt: excerpt(r.body_text, terms) },
  };
}

/** The MATCH with a last word typed as a long prefix asked for as the words it starts. */
function longPrefixByName(db: LibraryDatabase): (parsed: SearchQuery) => string {
  // The index's own list of words (a temp table: nothing is written to the library, and a
  // read-only library has it too).
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_words USING fts5vocab(main, articles_fts, 'row')",
  );
  const wordsStarting = db
    .prepare<[string, string, number], string>(
      "SELECT term FROM temp.articles_words WHERE term >= ? AND term < ? LIMIT ?",
    )
    .pluck();
  return (parsed) => {
    const last = parsed.terms[parsed.terms.length - 1];
    const prefix = last.prefix && last.words.length === 1 ? foldWord(last.words[0]) : "";
    if (prefix.length <= INDEXED_PREFIX) return parsed.match;
    const words = wordsStarting.all(prefix, `${prefix}\uffff`, MOST_WORDS + 1);
    if (words.length === 0 || words.length > MOST_WORDS) return parsed.match;
    const rest = parsed.terms.slice(0, -1).map(phraseMatch);
    return [...rest, `(${words.map((w) => `"${w}"`).join(" OR ")})`].join(" AND ");
  };
}

export function articleSearch(db: LibraryDatabase, commonDocs = COMMON_DOCS) {
  // The newest matches, no more than one past the threshold: if that is all there are, the
  // query is selective and gets ranked; if not, these are the start of the newest-first page.
  // One statement does both because a long prefix ("counc") costs FTS5 a merge of every
  // word it covers on each statement that matches it.
  const newestMatches = db
    .prepare<[string, number], number>(
      "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
    )
    .pluck();
  const byName = longPrefixByName(db);
  const row = db.prepare<[number], SearchRecord>(
    `SELECT a.id, a.slug, a.headline, a.dek, a.byline, a.section, a.status, a.word_count, a.updated_at,
       a.deleted_at, a.body_text
     FROM article_search s JOIN articles a ON a.id = s.article_id WHERE s.seq = ?`,
  );
  // Pages are chosen on the index and the small filter index alone; only the page's rows are read.
  const matching = (match: string, filter: ArticleFilter, order: "f.rank" | "f.rowid DESC"): number[] => {
    const params: unknown[] = [match];
    const where = filterClause(filter, params);
    const sql = `SELECT f.rowid FROM articles_fts f CROSS JOIN article_search s ON s.seq = f.rowid
        CROSS JOIN articles a INDEXED BY articles_search_filter ON a.id = s.article_id
      WHERE articles_fts MATCH ? AND ${where} ORDER BY ${order} LIMIT ?`;
    return db
      .prepare(sql)
      .pluck()
      .all(...params, filter.limit) as number[];
  };

  /** The newest of `seqs` (newest first) that pass the filter. */
  const passing = (seqs: number[], filter: ArticleFilter, limit: number): number[] => {
    const params: unknown[] = [JSON.stringify(seqs)];
    const where = filterClause(filter, params);
    const sql = `SELECT s.seq FROM json_each(?) j CROSS JOIN article_search s ON s.seq = j.value
        CROSS JOIN articles a INDEXED BY articles_search_filter ON a.id = s.article_id
      WHERE ${where} ORDER BY j.key LIMIT ?`;
    return db
      .prepare(sql)
      .pluck()
      .all(...params, limit) as number[];
  };

  const page = (parsed: SearchQuery, filter: ArticleFilter): number[] => {
    const { match } = parsed;
    const lazy = byName(parsed);
    const phrase = parsed.terms.some((t) => t.words.length > 1);
    const common = phrase ? Math.floor(commonDocs / 5) : commonDocs;
    const newest = newestMatches.all(lazy, common + 1);
    if (newest.length <= common) return matching(match, filter, "f.rank");
    const out: number[] = [];
    for (let at = 0; at < newest.length && out.length < filter.limit; at += CHUNK) {
      out.push(...passing(newest.slice(at, at + CHUNK), filter, filter.limit - out.length));
    }
    // Few of the newest matches pass the filter: walk all of them (rare; a narrow section).
    return out.length < filter.limit ? matching(lazy, filter, "f.rowid DESC") : out;
  };

  return (query: string, filter: ArticleFilter): ArticleSummary[] => {
    const parsed = parseSearch(query);
    if (!parsed) return [];
    return page(parsed, filter).map((seq) => toSearchSummary(row.get(seq)!, parsed.terms));
  };
}
