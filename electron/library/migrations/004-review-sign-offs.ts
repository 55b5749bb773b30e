// The record of attribution review: findings signed off, and publish-gate overrides.
import type { Migration } from "./types.ts";

export const migration004: Migration = {
  version: 4,
  name: "review sign-offs",
  up: (db) => {
    db.exec(`
      CREATE TABLE review_sign_offs (
        id         TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        finding_id TEXT NOT NULL,
        rule       TEXT NOT NULL,
        excerpt    TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('sign-off', 'override')),
        signed_by  TEXT NOT NULL,
        signed_at  TEXT NOT NULL,
        note       TEXT NOT NULL
      );
      CREATE INDEX sign_offs_by_article ON review_sign_offs (article_id, signed_at);
    `);
  },
};
