// Revisions (kept versions of a story) on SQLite. Mixed into the library store by sqliteStore.ts.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Revision, RevisionSummary } from "../../../shared/api/schemas.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import type { LibraryDatabase } from "../database.ts";
import type { ArticleReader, ArticleWriter } from "./interface.ts";

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

/** A revision's body as JSON text, deflated or (before migration 012) as it was stored. */
export function revisionBodyText(r: Pick<RevisionRecord, "body" | "body_deflated">): string {
  return r.body_deflated ? inflateRawSync(r.body_deflated).toString("utf8") : r.body;
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

export function revisionStore(db: LibraryDatabase): {
  reader: Pick<ArticleReader, "listRevisions" | "getRevision" | "latestRevision">;
  writer: Pick<ArticleWriter, "insertRevision">;
} {
  // Revisions are kept deflated; level 1: most of the gain for a fraction of the time.
  db.function("copydesk_deflate", { deterministic: true }, (text) =>
    deflateRawSync(String(text), { level: 1 }),
  );
  const list = db.prepare<[string], Omit<RevisionRecord, "body" | "body_deflated">>(
    `SELECT id, article_id, created_at, reason, author, metadata, word_count FROM revisions
     WHERE article_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const one = db.prepare<[string], RevisionRecord>("SELECT * FROM revisions WHERE id = ?");
  // The snapshot is taken from the article as stored, inside the caller's transaction.
  const insert = db.prepare(`INSERT INTO revisions
      (id, article_id, created_at, reason, author, metadata, body, body_deflated, word_count)
    SELECT @id, id, @created_at, @reason, @author,
      json_object('headline', headline, 'dek', dek, 'byline', byline, 'dateline', dateline, 'slug', slug,
                  'section', section, 'tags', json(tags), 'status', status),
      '', copydesk_deflate(body), word_count FROM articles WHERE id = @article_id`);
  return {
    reader: {
      listRevisions: (articleId) => list.all(articleId).map(toRevisionSummary),
      getRevision: (id): Revision | undefined => {
        const r = one.get(id);
        if (!r) return undefined;
        const text = revisionBodyText(r);
        return {
          ...toRevisionSummary(r),
          metadata: JSON.parse(r.metadata) as Revision["metadata"],
          body: JSON.parse(text) as ArticleBody,
        };
      },
      latestRevision: (articleId) => {
        const r = list.get(articleId);
        return r && toRevisionSummary(r);
      },
    },
    writer: {
      insertRevision: (rev) => {
        insert.run({
          id: rev.id,
          article_id: rev.articleId,
          created_at: rev.createdAt,
          reason: rev.reason,
          author: rev.author,
        });
      },
    },
  };
}
