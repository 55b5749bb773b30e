// Which files were imported, by a hash of their content: importing the same file twice
// (or retrying an import a crash cut short) is noticed and skipped unless asked.
import type { Migration } from "./types.ts";

export const migration020: Migration = {
  version: 20,
  name: "imported files",
  up: (db) => {
    db.exec(`
      CREATE TABLE imported_files (
        content_hash TEXT NOT NULL,
        article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        file_name    TEXT NOT NULL,
        imported_at  TEXT NOT NULL,
        PRIMARY KEY (content_hash, article_id)
      );
    `);
  },
};
