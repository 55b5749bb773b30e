// Sources, the quotes tagged in articles, rejected suggestions and review sign-offs,
// on SQLite. Mixed into the library store by sqliteStore.ts.
import type { QuoteRecord, SignOffRecord, Source, SourceFields } from "../../../shared/api/sourceSchemas.ts";
import type { LibraryDatabase } from "../database.ts";
import type { SourceReader, SourceWriter } from "./interface.ts";

interface SourceRow {
  id: string;
  name: string;
  kind: "person" | "body";
  title: string;
  organization: string;
  reached_via: SourceFields["reachedVia"];
  platform: string;
  handle: string;
  standing: SourceFields["standing"];
  anonymity_reason: string;
  verified: number;
  verified_by: string;
  verified_at: string;
  verified_how: string;
  contact_notes: string;
  created_at: string;
  updated_at: string;
  quote_count: number;
}

const SOURCE_SELECT = `SELECT s.*, (SELECT count(*) FROM quotes q WHERE q.source_id = s.id) AS quote_count FROM sources s`;

const QUOTE_SELECT = `SELECT q.quote_id AS quoteId, q.article_id AS articleId, a.headline, a.updated_at AS articleUpdatedAt,
  q.source_id AS sourceId, q.text, q.kind, q.status
  FROM quotes q JOIN articles a ON a.id = q.article_id`;

function toSource(r: SourceRow): Source {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    title: r.title,
    organization: r.organization,
    reachedVia: r.reached_via,
    platform: r.platform,
    handle: r.handle,
    standing: r.standing,
    anonymityReason: r.anonymity_reason,
    verified: r.verified === 1,
    verifiedBy: r.verified_by,
    verifiedAt: r.verified_at,
    verifiedHow: r.verified_how,
    contactNotes: r.contact_notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    quoteCount: r.quote_count,
  };
}

const params = (id: string, f: SourceFields, now: string) => ({
  id,
  name: f.name,
  kind: f.kind,
  title: f.title,
  organization: f.organization,
  reached_via: f.reachedVia,
  platform: f.platform,
  handle: f.handle,
  standing: f.standing,
  anonymity_reason: f.anonymityReason,
  verified: f.verified ? 1 : 0,
  verified_by: f.verifiedBy,
  verified_at: f.verifiedAt,
  verified_how: f.verifiedHow,
  contact_notes: f.contactNotes,
  now,
});

/** LIKE needs its wildcards escaped when they come from the user. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The statements, prepared once per library. */
function prepareStatements(db: LibraryDatabase) {
  return {
    get: db.prepare<[string], SourceRow>(`${SOURCE_SELECT} WHERE s.id = ?`),
    find: db.prepare<[string, string, string, number], SourceRow>(
      `${SOURCE_SELECT} WHERE s.name LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\' OR s.organization LIKE ? ESCAPE '\\'
       ORDER BY s.name COLLATE NOCASE LIMIT ?`,
    ),
    forArticle: db.prepare<[string, string], SourceRow>(
      `${SOURCE_SELECT} WHERE s.id IN (SELECT source_id FROM quotes WHERE article_id = ?
         UNION SELECT source_id FROM article_sources WHERE article_id = ?)
       ORDER BY s.name COLLATE NOCASE`,
    ),
    articleQuotes: db.prepare<[string], QuoteRecord>(
      `${QUOTE_SELECT} WHERE q.article_id = ? ORDER BY q.position`,
    ),
    sourceQuotes: db.prepare<[string, string], QuoteRecord>(
      `${QUOTE_SELECT} WHERE q.source_id = ? AND a.deleted_at IS NULL AND q.text LIKE ? ESCAPE '\\'
       ORDER BY a.updated_at DESC, q.position`,
    ),
    insert:
      db.prepare(`INSERT INTO sources (id, name, kind, title, organization, reached_via, platform, handle, standing,
        anonymity_reason, verified, verified_by, verified_at, verified_how, contact_notes, created_at, updated_at)
      VALUES (@id, @name, @kind, @title, @organization, @reached_via, @platform, @handle, @standing, @anonymity_reason,
        @verified, @verified_by, @verified_at, @verified_how, @contact_notes, @now, @now)`),
    update:
      db.prepare(`UPDATE sources SET name = @name, kind = @kind, title = @title, organization = @organization,
      reached_via = @reached_via, platform = @platform, handle = @handle, standing = @standing,
      anonymity_reason = @anonymity_reason, verified = @verified, verified_by = @verified_by,
      verified_at = @verified_at, verified_how = @verified_how, contact_notes = @contact_notes, updated_at = @now
      WHERE id = @id`),
    delete: db.prepare("DELETE FROM sources WHERE id = ?"),
    moveQuotes: db.prepare("UPDATE quotes SET source_id = ? WHERE source_id = ?"),
    moveLinks: db.prepare(
      `INSERT OR IGNORE INTO article_sources (article_id, source_id)
       SELECT article_id, ? FROM article_sources WHERE source_id = ?`,
    ),
    deleteQuotes: db.prepare("DELETE FROM quotes WHERE article_id = ?"),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article_id, quote_id, source_id, text, kind, status, position)
       VALUES (?, ?, (SELECT id FROM sources WHERE id = ?), ?, ?, ?, ?)`,
    ),
    attach: db.prepare("INSERT OR IGNORE INTO article_sources (article_id, source_id) VALUES (?, ?)"),
    detach: db.prepare("DELETE FROM article_sources WHERE article_id = ? AND source_id = ?"),
    sourceArticles: db.prepare<[string], { article_id: string }>(
      "SELECT DISTINCT article_id FROM quotes WHERE source_id = ?",
    ),
    rejected: db.prepare<[string], { fingerprint: string }>(
      "SELECT fingerprint FROM rejected_suggestions WHERE article_id = ?",
    ),
    reject: db.prepare("INSERT OR IGNORE INTO rejected_suggestions (article_id, fingerprint) VALUES (?, ?)"),
    signOffs: db.prepare<[string], SignOffRecord>(
      `SELECT id, article_id AS articleId, finding_id AS findingId, rule, excerpt, kind, signed_by AS "by",
         signed_at AS "at", note FROM review_sign_offs WHERE article_id = ? ORDER BY signed_at, rowid`,
    ),
    insertSignOff: db.prepare(
      `INSERT INTO review_sign_offs (id, article_id, finding_id, rule, excerpt, kind, signed_by, signed_at, note)
       VALUES (@id, @articleId, @findingId, @rule, @excerpt, @kind, @by, @at, @note)`,
    ),
    deleteSignOff: db.prepare("DELETE FROM review_sign_offs WHERE id = ?"),
  };
}

export function sourceStore(db: LibraryDatabase): { reader: SourceReader; writer: SourceWriter } {
  const stmt = prepareStatements(db);

  const reader: SourceReader = {
    getSource: (id) => {
      const r = stmt.get.get(id);
      return r && toSource(r);
    },
    findSources: (query, limit) => {
      const p = likePattern(query.trim());
      return stmt.find.all(p, p, p, limit).map(toSource);
    },
    articleSources: (articleId) => stmt.forArticle.all(articleId, articleId).map(toSource),
    articleQuotes: (articleId) => stmt.articleQuotes.all(articleId),
    sourceQuotes: (sourceId, query) => stmt.sourceQuotes.all(sourceId, likePattern(query.trim())),
    sourceArticleIds: (sourceId) => stmt.sourceArticles.all(sourceId).map((r) => r.article_id),
    rejectedSuggestions: (articleId) => stmt.rejected.all(articleId).map((r) => r.fingerprint),
    signOffs: (articleId) => stmt.signOffs.all(articleId),
  };

  const writer: SourceWriter = {
    insertSource: (id, fields, now) => void stmt.insert.run(params(id, fields, now)),
    updateSource: (id, fields, now) => void stmt.update.run(params(id, fields, now)),
    deleteSource: (id) => void stmt.delete.run(id),
    moveSourceReferences: (fromId, toId) => {
      stmt.moveQuotes.run(toId, fromId);
      stmt.moveLinks.run(toId, fromId);
    },
    replaceQuotes: (articleId, quotes) => {
      stmt.deleteQuotes.run(articleId);
      quotes.forEach((q, i) =>
        stmt.insertQuote.run(articleId, q.quoteId, q.sourceId, q.text, q.kind, q.status, i),
      );
    },
    attachSource: (articleId, sourceId) => void stmt.attach.run(articleId, sourceId),
    detachSource: (articleId, sourceId) => void stmt.detach.run(articleId, sourceId),
    rejectSuggestion: (articleId, fingerprint) => void stmt.reject.run(articleId, fingerprint),
    insertSignOff: (record) => void stmt.insertSignOff.run(record),
    deleteSignOff: (id) => void stmt.deleteSignOff.run(id),
  };
  return { reader, writer };
}
