// Each article's word target (issue 18); headline and dek limits are library settings.
import type { Migration } from "./types.ts";

export const migration016: Migration = {
  version: 16,
  name: "length targets",
  up: (db) => {
    db.exec(`
      CREATE TABLE article_length_targets (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        words      INTEGER NOT NULL CHECK (words > 0)
      );
    `);
  },
};
