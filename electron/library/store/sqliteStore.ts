// The library store on SQLite (better-sqlite3). Statements are prepared once; JSON
// columns are parsed here so callers only see typed records.
import type { ArticleStatus } from "../../../shared/article/status.ts";
import type { ArticleSummary, Revision, RevisionSummary } from "../../../shared/api/schemas.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { copyLibrary } from "../backup/copy.ts";
import { openLibraryConnection, type OpenOptions } from "../database.ts";
import { checkProblems } from "../libraryFile.ts";
import { ftsQuery } from "./ftsQuery.ts";
import { sourceStore } from "./sourceStore.ts";
import type {
  ArticleFilter,
  ArticleRow,
  LibraryReader,
  LibraryStore,
  LibraryWriter,
  NewRevision,
  StoredArticle,
} from "./interface.ts";

interface ArticleRecord {
  id: string;
  slug: string;
  slug_custom: number;
  headline: string;
  dek: string;
  byline: string;
  dateline: string;
  section: string;
  tags: string;
  status: ArticleStatus;
  body: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  deleted_at: string | null;
}

type SummaryRecord = Omit<
  ArticleRecord,
  "body" | "tags" | "slug_custom" | "dateline" | "created_at" | "published_at"
> & {
  hl_headline?: string;
  excerpt?: string;
};

interface RevisionRecord {
  id: string;
  article_id: string;
  created_at: string;
  reason: string;
  metadata: string;
  body: string;
  word_count: number;
}

const READ_ONLY_MESSAGE =
  "This library is damaged, so it is open read-only and nothing in it can be changed. Restore it from a backup (Library ▸ Restore…, or copydesk restore FILE), or export what can still be read.";

/** How many of the newest matches a search ranks by relevance. */
export const RANK_WINDOW = 2000;

const SUMMARY_COLUMNS =
  "a.id, a.slug, a.headline, a.dek, a.byline, a.section, a.status, a.word_count, a.updated_at, a.deleted_at";

function toArticle(r: ArticleRecord): StoredArticle {
  return {
    id: r.id,
    slug: r.slug,
    slugCustom: r.slug_custom === 1,
    headline: r.headline,
    dek: r.dek,
    byline: r.byline,
    dateline: r.dateline,
    section: r.section,
    tags: JSON.parse(r.tags) as string[],
    status: r.status,
    body: JSON.parse(r.body) as ArticleBody,
    wordCount: r.word_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    deletedAt: r.deleted_at,
  };
}

function toSummary(r: SummaryRecord): ArticleSummary {
  return {
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
    match: r.hl_headline === undefined ? null : { headline: r.hl_headline, excerpt: r.excerpt ?? "" },
  };
}

function toRevisionSummary(r: Omit<RevisionRecord, "body">): RevisionSummary {
  return {
    id: r.id,
    articleId: r.article_id,
    createdAt: r.created_at,
    reason: r.reason,
    headline: (JSON.parse(r.metadata) as { headline: string }).headline,
    wordCount: r.word_count,
  };
}

function filterClause(filter: ArticleFilter, params: unknown[]): string {
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

export function openSqliteStore(path: string, options?: OpenOptions): LibraryStore {
  const { db, health } = openLibraryConnection(path, options);

  const stmt = {
    get: db.prepare<[string], ArticleRecord>("SELECT * FROM articles WHERE id = ?"),
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
    ftsDelete: db.prepare("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = ?)"),
    ftsInsert: db.prepare(`INSERT INTO articles_fts (rowid, headline, dek, body, byline, sources)
      SELECT rowid, headline, dek, body_text, byline,
        (SELECT coalesce(group_concat(DISTINCT s.name), '') FROM quotes q JOIN sources s ON s.id = q.source_id
          WHERE q.article_id = articles.id)
      FROM articles WHERE id = ?`),
    setDeleted: db.prepare("UPDATE articles SET deleted_at = ? WHERE id = ?"),
    trashIds: db.prepare<[], { id: string }>("SELECT id FROM articles WHERE deleted_at IS NOT NULL"),
    deleteArticle: db.prepare("DELETE FROM articles WHERE id = ?"),
    sections: db.prepare<[], { section: string }>(
      "SELECT DISTINCT section FROM articles WHERE section <> '' AND deleted_at IS NULL ORDER BY section",
    ),
    count: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL"),
    revisions: db.prepare<[string], Omit<RevisionRecord, "body">>(
      `SELECT id, article_id, created_at, reason, metadata, word_count FROM revisions
       WHERE article_id = ? ORDER BY created_at DESC, rowid DESC`,
    ),
    revision: db.prepare<[string], RevisionRecord>("SELECT * FROM revisions WHERE id = ?"),
    insertRevision:
      db.prepare(`INSERT INTO revisions (id, article_id, created_at, reason, metadata, body, word_count)
      SELECT @id, id, @created_at, @reason,
        json_object('headline', headline, 'dek', dek, 'byline', byline, 'dateline', dateline, 'slug', slug,
                    'section', section, 'tags', json(tags), 'status', status),
        body, word_count FROM articles WHERE id = @article_id`),
    getSetting: db.prepare<[string], { value: string }>("SELECT value FROM settings WHERE key = ?"),
    setSetting: db.prepare(
      "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
  };

  const record = (row: ArticleRow) => ({
    id: row.id,
    slug: row.metadata.slug,
    slug_custom: row.slugCustom ? 1 : 0,
    headline: row.metadata.headline,
    dek: row.metadata.dek,
    byline: row.metadata.byline,
    dateline: row.metadata.dateline,
    section: row.metadata.section,
    tags: JSON.stringify(row.metadata.tags),
    status: row.metadata.status,
    body: JSON.stringify(row.body),
    body_text: row.bodyText,
    word_count: row.wordCount,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    published_at: row.publishedAt,
    deleted_at: row.deletedAt,
  });

  const reindex = (id: string) => {
    stmt.ftsDelete.run(id);
    stmt.ftsInsert.run(id);
  };

  const sources = sourceStore(db);
  const reader: LibraryReader = {
    ...sources.reader,
    getArticle: (id) => {
      const r = stmt.get.get(id);
      return r && toArticle(r);
    },
    slugTaken: (slug, exceptId = "") => stmt.slugTaken.get(slug, exceptId) !== undefined,
    listArticles: (filter) => {
      const params: unknown[] = [];
      const where = filterClause(filter, params);
      params.push(filter.limit);
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${where} ORDER BY a.updated_at DESC LIMIT ?`;
      return (db.prepare(sql).all(...params) as SummaryRecord[]).map(toSummary);
    },
    searchArticles: (query, filter) => {
      const match = ftsQuery(query);
      if (!match) return [];
      // Ranking (bm25) costs about a millisecond per thousand matching rows, so a common
      // word in a big library would be slow: rank only the newest RANK_WINDOW matches.
      // Excerpts and highlights are made for the page of results alone.
      const floorParams: unknown[] = [match];
      const floorSql = `SELECT articles_fts.rowid AS rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? AND ${filterClause(filter, floorParams)}
        ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?`;
      const floorRow = db.prepare(floorSql).get(...floorParams, RANK_WINDOW - 1) as
        { rowid: number } | undefined;
      const floor = floorRow?.rowid ?? 0;
      const params: unknown[] = [match, floor];
      const where = filterClause(filter, params);
      params.push(filter.limit, match);
      const sql = `WITH page AS MATERIALIZED (
          SELECT articles_fts.rowid AS id, rank AS score FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
          WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? AND ${where}
          ORDER BY rank LIMIT ?)
        SELECT ${SUMMARY_COLUMNS},
          highlight(articles_fts, 0, char(2), char(3)) AS hl_headline,
          snippet(articles_fts, 2, char(2), char(3), '…', 24) AS excerpt
        FROM page CROSS JOIN articles_fts ON articles_fts.rowid = page.id JOIN articles a ON a.rowid = page.id
        WHERE articles_fts MATCH ?
        ORDER BY page.score`;
      return (db.prepare(sql).all(...params) as SummaryRecord[]).map(toSummary);
    },
    sections: () => stmt.sections.all().map((r) => r.section),
    countArticles: () => stmt.count.get()!.n,
    listRevisions: (articleId) => stmt.revisions.all(articleId).map(toRevisionSummary),
    getRevision: (id): Revision | undefined => {
      const r = stmt.revision.get(id);
      if (!r) return undefined;
      return {
        ...toRevisionSummary(r),
        metadata: JSON.parse(r.metadata) as Revision["metadata"],
        body: JSON.parse(r.body) as ArticleBody,
      };
    },
    latestRevision: (articleId) => {
      const r = stmt.revisions.get(articleId);
      return r && toRevisionSummary(r);
    },
    getSetting: (key) => stmt.getSetting.get(key)?.value,
    schemaVersion: () => db.pragma("user_version", { simple: true }) as number,
  };

  const writer: LibraryWriter = {
    ...reader,
    ...sources.writer,
    reindex,
    insertArticle: (row) => {
      stmt.insert.run(record(row));
      sources.writer.replaceQuotes(row.id, row.quotes);
      reindex(row.id);
    },
    updateArticle: (row) => {
      stmt.update.run(record(row));
      sources.writer.replaceQuotes(row.id, row.quotes);
      reindex(row.id);
    },
    setDeleted: (id, deletedAt) => {
      stmt.setDeleted.run(deletedAt, id);
    },
    purgeTrash: () => {
      const ids = stmt.trashIds.all().map((r) => r.id);
      for (const id of ids) {
        stmt.ftsDelete.run(id);
        stmt.deleteArticle.run(id);
      }
      return ids.length;
    },
    insertRevision: (rev: NewRevision) => {
      stmt.insertRevision.run({
        id: rev.id,
        article_id: rev.articleId,
        created_at: rev.createdAt,
        reason: rev.reason,
      });
    },
    setSetting: (key, value) => {
      stmt.setSetting.run(key, value);
    },
  };

  return {
    ...reader,
    path,
    health,
    close: () => db.close(),
    backup: (destination, copyOptions) => copyLibrary(db, destination, copyOptions),
    check: () => checkProblems(db, "integrity_check"),
    // IMMEDIATE: take the write lock up front, so a CLI import and the app never trip over
    // each other halfway through a transaction.
    transaction: (work) => {
      if (health.readOnly) throw new CopydeskError("refused", READ_ONLY_MESSAGE);
      return db.transaction(() => work(writer)).immediate();
    },
  };
}
