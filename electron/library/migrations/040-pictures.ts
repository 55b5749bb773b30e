// Pictures kept in the library, content-addressed: the SHA-256 of the bytes names each one, so
// the same photo in ten stories (or imported twice) is kept once. A figure in a body holds the
// hash; export writes the file beside the page.
import type { Migration } from "./types.ts";

export const migration040: Migration = {
  version: 40,
  name: "pictures",
  up: (db) => {
    db.exec(`
      CREATE TABLE pictures (
        hash     TEXT PRIMARY KEY,
        mime     TEXT NOT NULL,
        width    INTEGER NOT NULL,
        height   INTEGER NOT NULL,
        bytes    BLOB NOT NULL,
        added_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
