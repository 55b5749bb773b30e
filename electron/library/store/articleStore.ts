// Articles on SQLite: their rows, the Trash, and their search entries (kept up to date here,
// at the end of a write or a moment later, see pendingIndex.ts). Mixed into the library store
// by sqliteStore.ts.
import type { LibraryDatabase, OpenedHealth } from "../database.ts";
import {
  type ArticleRecord,
  SUMMARY_COLUMNS,
  type SummaryRecord,
  toArticle,
  toArticleHead,
  toRecord,
  toSummary,
} from "./articleColumns.ts";
import { articleSearch, filterClause } from "./articleSearch.ts";
import type { ArticleReader, ArticleRow, ArticleWriter, SourceWriter } from "./interface.ts";
import { type PendingIndex, pendingIndex } from "./pendingIndex.ts";

type OwnReader = Omit<
  ArticleReader,
  "listRevisions" | "getRevision" | "latestRevision" | "getSetting" | "schemaVersion"
>;
type OwnWriter = Omit<ArticleWriter, "insertRevision" | "setSetting">;

interface ArticleStoreOptions {
  health: OpenedHealth;
  /** The quote rows are the source store's; an article write replaces them. */
  replaceQuotes: SourceWriter["replaceQuotes"];
  searchCommonDocs?: number;
}

/** The quote rows as stored, in the shape of the row's quotes, to tell whether they changed. */
type QuoteColumns = { quoteId: string; sourceId: string | null; text: string; kind: string; status: string };
const quoteColumns = ({ quoteId, sourceId, text, kind, status }: QuoteColumns): QuoteColumns => ({
  quoteId,
  sourceId,
  text,
  kind,
  status,
});

function searchIndex(db: LibraryDatabase) {
  // The index's rowid is the article's place in edit order (migration 010): a reindex
  // gives it the next number, so the newest-edited article has the highest rowid.
  const ftsDelete = db.prepare(
    "DELETE FROM articles_fts WHERE rowid = (SELECT seq FROM article_search WHERE article_id = ?)",
  );
  const searchDelete = db.prepare("DELETE FROM article_search WHERE article_id = ?");
  const searchInsert = db.prepare("INSERT INTO article_search (article_id) VALUES (?)");
  const ftsInsert = db.prepare(`INSERT INTO articles_fts (rowid, headline, dek, body, byline, sources)
    SELECT s.seq, a.headline, a.dek, a.body_text, a.byline,
      (SELECT coalesce(group_concat(DISTINCT src.name), '') FROM quotes q JOIN sources src ON src.id = q.source_id
        WHERE q.article_id = a.id)
    FROM article_search s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?`);
  const unindex = (id: string) => {
    ftsDelete.run(id);
    searchDelete.run(id);
  };
  const reindex = (id: string) => {
    unindex(id);
    searchInsert.run(id);
    ftsInsert.run(id);
  };
  return { unindex, reindex };
}

function statements(db: LibraryDatabase) {
  return {
    get: db.prepare<[string], ArticleRecord>("SELECT * FROM articles WHERE id = ?"),
    getHead: db.prepare<[string], Omit<ArticleRecord, "body">>(
      `SELECT id, slug, slug_custom, headline, dek, byline, dateline, section, tags, status, word_count,
         created_at, updated_at, published_at, deleted_at FROM articles WHERE id = ?`,
    ),
    slugTaken: db.prepare<[string, string], { one: number }>(
      "SELECT 1 AS one FROM articles WHERE slug = ? AND id <> ?",
    ),
    insert: db.prepare(`INSERT INTO articles
      (id, slug, slug_custom, headline, dek, byline, dateline, section, tags, status, body, body_text,
       word_count, created_at, updated_at, published_at, deleted_at)
      VALUES (@id, @slug, @slug_custom, @headline, @dek, @byline, @dateline, @section, @tags, @status, @body,
       @body_text, @word_count, @created_at, @updated_at, @published_at, @deleted_at)`),
    update: db.prepare(`UPDATE articles SET slug = @slug, slug_custom = @slug_custom, headline = @headline,
      dek = @dek, byline = @byline, dateline = @dateline, section = @section, tags = @tags, status = @status,
      body = @body, body_text = @body_text, word_count = @word_count, updated_at = @updated_at,
      published_at = @published_at, deleted_at = @deleted_at WHERE id = @id`),
    // What the search entry and the quote rows are made from, to skip rewriting them unchanged.
    indexed: db.prepare<[string], { headline: string; dek: string; byline: string; body_text: string }>(
      "SELECT headline, dek, byline, body_text FROM articles WHERE id = ?",
    ),
    quotes: db.prepare<[string], QuoteColumns>(
      `SELECT quote_id AS quoteId, source_id AS sourceId, text, kind, status FROM quotes
       WHERE article_id = ? ORDER BY position`,
    ),
    setDeleted: db.prepare("UPDATE articles SET deleted_at = ? WHERE id = ?"),
    trashIds: db.prepare<[], { id: string }>("SELECT id FROM articles WHERE deleted_at IS NOT NULL"),
    deleteArticle: db.prepare("DELETE FROM articles WHERE id = ?"),
    sections: db.prepare<[], { section: string }>(
      "SELECT DISTINCT section FROM articles WHERE section <> '' AND deleted_at IS NULL ORDER BY section",
    ),
    count: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL"),
  };
}

export function articleStore(
  db: LibraryDatabase,
  options: ArticleStoreOptions,
): { reader: OwnReader; writer: OwnWriter; pending: PendingIndex } {
  const stmt = statements(db);
  const { unindex, reindex } = searchIndex(db);
  const search = articleSearch(db, options.searchCommonDocs);
  const pending = pendingIndex(db, reindex, options.health);
  const deleteArticle = (id: string) => {
    unindex(id);
    stmt.deleteArticle.run(id);
  };

  // An autosave often changes nothing the index or the quote rows hold (a status, a
  // setting, a save with the same words): rewriting 350 quote rows and re-tokenizing a
  // 10,000-word story for nothing was most of such a save.
  const updateArticle = (row: ArticleRow) => {
    const before = stmt.indexed.get(row.id);
    const quotesBefore = JSON.stringify(stmt.quotes.all(row.id));
    stmt.update.run(toRecord(row));
    const quotesSame = quotesBefore === JSON.stringify(row.quotes.map(quoteColumns));
    if (!quotesSame) options.replaceQuotes(row.id, row.quotes);
    const m = row.metadata;
    const textSame =
      before?.headline === m.headline &&
      before.dek === m.dek &&
      before.byline === m.byline &&
      before.body_text === row.bodyText;
    if (!textSame || !quotesSame) pending.mark(row.id);
  };

  const reader: OwnReader = {
    getArticle: (id) => {
      const r = stmt.get.get(id);
      return r && toArticle(r);
    },
    getArticleHead: (id) => {
      const r = stmt.getHead.get(id);
      return r && toArticleHead(r);
    },
    slugTaken: (slug, exceptId = "") => stmt.slugTaken.get(slug, exceptId) !== undefined,
    listArticles: (filter) => {
      const params: unknown[] = [];
      const where = filterClause(filter, params);
      params.push(filter.limit, filter.offset ?? 0);
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${where} ORDER BY a.updated_at DESC LIMIT ? OFFSET ?`;
      return (db.prepare(sql).all(...params) as SummaryRecord[]).map(toSummary);
    },
    searchArticles: (query, filter) => {
      pending.flush();
      return search(query, filter);
    },
    sections: () => stmt.sections.all().map((r) => r.section),
    countArticles: () => stmt.count.get()!.n,
  };

  const writer: OwnWriter = {
    reindex,
    insertArticle: (row) => {
      stmt.insert.run(toRecord(row));
      options.replaceQuotes(row.id, row.quotes);
      reindex(row.id);
    },
    updateArticle,
    setDeleted: (id, deletedAt) => {
      stmt.setDeleted.run(deletedAt, id);
    },
    purgeTrash: () => {
      const ids = stmt.trashIds.all().map((r) => r.id);
      for (const id of ids) deleteArticle(id);
      return ids.length;
    },
    deleteArticle,
  };
  return { reader, writer, pending };
}
