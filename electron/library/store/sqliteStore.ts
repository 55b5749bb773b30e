// The library store on SQLite (better-sqlite3). Statements are prepared once; JSON
// columns are parsed here so callers only see typed records.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ArticleStatus } from "../../../shared/article/status.ts";
import type { ArticleSummary, Revision, RevisionSummary } from "../../../shared/api/schemas.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { copyLibrary } from "../backup/copy.ts";
import { openLibraryConnection, type OpenOptions } from "../database.ts";
import { checkProblems } from "../libraryFile.ts";
import { articleSearch, filterClause } from "./articleSearch.ts";
import { importStore } from "./importStore.ts";
import { pendingIndex } from "./pendingIndex.ts";
import { sourceStore } from "./sourceStore.ts";
import { correctionStore } from "./correctionStore.ts";
import { commentStore } from "./commentStore.ts";
import { pictureStore } from "./pictureStore.ts";
import { lengthStore, styleStore } from "./styleStore.ts";
import type {
  ArticleRow,
  LibraryReader,
  LibraryStore,
  LibraryWriter,
  NewRevision,
  StoredArticle,
  StoredArticleHead,
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
>;

interface RevisionRecord {
  id: string;
  article_id: string;
  created_at: string;
  reason: string;
  author: string;
  metadata: string;
  body: string;
  /** The body deflated (migration 012); older revisions have the text in body instead. */
  body_deflated: Buffer | null;
  word_count: number;
}

const READ_ONLY_MESSAGE =
  "This library is damaged, so it is open read-only and nothing in it can be changed. Restore it from a backup (Library ▸ Restore…, or copydesk restore FILE), or export what can still be read.";

const SUMMARY_COLUMNS =
  "a.id, a.slug, a.headline, a.dek, a.byline, a.section, a.status, a.word_count, a.updated_at, a.deleted_at";

function toArticle(r: ArticleRecord): StoredArticle {
  return { ...toArticleHead(r), body: JSON.parse(r.body) as ArticleBody };
}

function toArticleHead(r: Omit<ArticleRecord, "body">): StoredArticleHead {
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
    match: null,
  };
}

function toRevisionSummary(r: Omit<RevisionRecord, "body" | "body_deflated">): RevisionSummary {
  return {
    id: r.id,
    articleId: r.article_id,
    createdAt: r.created_at,
    reason: r.reason,
    author: r.author,
    headline: (JSON.parse(r.metadata) as { headline: string }).headline,
    wordCount: r.word_count,
  };
}

export interface StoreOptions extends OpenOptions {
  /** Above this many matching articles a search is paged by edit date (tests lower it). */
  searchCommonDocs?: number;
}

export function openSqliteStore(path: string, options?: StoreOptions): LibraryStore {
  const { db, health } = openLibraryConnection(path, options);
  // Revisions are kept deflated; level 1: most of the gain for a fraction of the time.
  db.function("copydesk_deflate", { deterministic: true }, (text) =>
    deflateRawSync(String(text), { level: 1 }),
  );

  const stmt = {
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
    // The index's rowid is the article's place in edit order (migration 010): a reindex
    // gives it the next number, so the newest-edited article has the highest rowid.
    ftsDelete: db.prepare(
      "DELETE FROM articles_fts WHERE rowid = (SELECT seq FROM article_search WHERE article_id = ?)",
    ),
    searchDelete: db.prepare("DELETE FROM article_search WHERE article_id = ?"),
    searchInsert: db.prepare("INSERT INTO article_search (article_id) VALUES (?)"),
    ftsInsert: db.prepare(`INSERT INTO articles_fts (rowid, headline, dek, body, byline, sources)
      SELECT s.seq, a.headline, a.dek, a.body_text, a.byline,
        (SELECT coalesce(group_concat(DISTINCT src.name), '') FROM quotes q JOIN sources src ON src.id = q.source_id
          WHERE q.article_id = a.id)
      FROM article_search s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?`),
    // What the search entry and the quote rows are made from, to skip rewriting them unchanged.
    indexed: db.prepare<[string], { headline: string; dek: string; byline: string; body_text: string }>(
      "SELECT headline, dek, byline, body_text FROM articles WHERE id = ?",
    ),
    quotes: db.prepare<
      [string],
      { quoteId: string; sourceId: string | null; text: string; kind: string; status: string }
    >(
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
    revisions: db.prepare<[string], Omit<RevisionRecord, "body" | "body_deflated">>(
      `SELECT id, article_id, created_at, reason, author, metadata, word_count FROM revisions
       WHERE article_id = ? ORDER BY created_at DESC, rowid DESC`,
    ),
    revision: db.prepare<[string], RevisionRecord>("SELECT * FROM revisions WHERE id = ?"),
    insertRevision: db.prepare(`INSERT INTO revisions
        (id, article_id, created_at, reason, author, metadata, body, body_deflated, word_count)
      SELECT @id, id, @created_at, @reason, @author,
        json_object('headline', headline, 'dek', dek, 'byline', byline, 'dateline', dateline, 'slug', slug,
                    'section', section, 'tags', json(tags), 'status', status),
        '', copydesk_deflate(body), word_count FROM articles WHERE id = @article_id`),
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

  const unindex = (id: string) => {
    stmt.ftsDelete.run(id);
    stmt.searchDelete.run(id);
  };
  const reindex = (id: string) => {
    unindex(id);
    stmt.searchInsert.run(id);
    stmt.ftsInsert.run(id);
  };
  const search = articleSearch(db, options?.searchCommonDocs);
  const pending = pendingIndex(db, reindex, health);

  const deleteArticle = (id: string) => {
    unindex(id);
    stmt.deleteArticle.run(id);
  };

  const sources = sourceStore(db);
  const imports = importStore(db);
  const style = styleStore(db);
  const length = lengthStore(db);
  const corrections = correctionStore(db);
  const comments = commentStore(db);
  const pictures = pictureStore(db);
  const reader: LibraryReader = {
    ...sources.reader,
    ...imports.reader,
    ...style.reader,
    ...length.reader,
    ...corrections.reader,
    ...comments.reader,
    ...pictures.reader,
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
    listRevisions: (articleId) => stmt.revisions.all(articleId).map(toRevisionSummary),
    getRevision: (id): Revision | undefined => {
      const r = stmt.revision.get(id);
      if (!r) return undefined;
      return {
        ...toRevisionSummary(r),
        metadata: JSON.parse(r.metadata) as Revision["metadata"],
        body: JSON.parse(
          r.body_deflated ? inflateRawSync(r.body_deflated).toString("utf8") : r.body,
        ) as ArticleBody,
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
    ...imports.writer,
    ...style.writer,
    ...length.writer,
    ...corrections.writer,
    ...comments.writer,
    ...pictures.writer,
    reindex,
    insertArticle: (row) => {
      stmt.insert.run(record(row));
      sources.writer.replaceQuotes(row.id, row.quotes);
      reindex(row.id);
    },
    // An autosave often changes nothing the index or the quote rows hold (a status, a
    // setting, a save with the same words): rewriting 350 quote rows and re-tokenizing a
    // 10,000-word story for nothing was most of such a save.
    updateArticle: (row) => {
      const before = stmt.indexed.get(row.id);
      const quotesBefore = JSON.stringify(stmt.quotes.all(row.id));
      stmt.update.run(record(row));
      const quotesSame =
        quotesBefore ===
        JSON.stringify(
          row.quotes.map(({ quoteId, sourceId, text, kind, status }) => ({
            quoteId,
            sourceId,
            text,
            kind,
            status,
          })),
        );
      if (!quotesSame) sources.writer.replaceQuotes(row.id, row.quotes);
      const m = row.metadata;
      const textSame =
        before?.headline === m.headline &&
        before.dek === m.dek &&
        before.byline === m.byline &&
        before.body_text === row.bodyText;
      if (!textSame || !quotesSame) pending.mark(row.id);
    },
    setDeleted: (id, deletedAt) => {
      stmt.setDeleted.run(deletedAt, id);
    },
    purgeTrash: () => {
      const ids = stmt.trashIds.all().map((r) => r.id);
      for (const id of ids) deleteArticle(id);
      return ids.length;
    },
    deleteArticle: (id) => deleteArticle(id),
    insertRevision: (rev: NewRevision) => {
      stmt.insertRevision.run({
        id: rev.id,
        article_id: rev.articleId,
        created_at: rev.createdAt,
        reason: rev.reason,
        author: rev.author,
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
    close: () => {
      pending.stop();
      try {
        pending.flush();
      } finally {
        db.close();
      }
    },
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
