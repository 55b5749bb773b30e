// Corrections to published stories (issue 18): kept with the article, never replacing its
// revisions; who made each one stays in the library.
import type { Migration } from "./types.ts";

export const migration017: Migration = {
  version: 17,
  name: "corrections",
  up: (db) => {
    db.exec(`
      CREATE TABLE article_corrections (
        id           TEXT PRIMARY KEY,
        article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        text         TEXT NOT NULL,
        corrected_at TEXT NOT NULL,
        corrected_by TEXT NOT NULL
      );
      CREATE INDEX corrections_by_article ON article_corrections (article_id, corrected_at);
    `);
  },
};
