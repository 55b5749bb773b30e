// The articles whose search entry waits for the next pause (store/pendingIndex.ts): an
// autosave marks its article here instead of re-tokenizing the whole story on every save.
// Kept in the file, not in memory, so another connection (the web host's reader thread, a
// CLI) brings the index up to date before it searches, and a crash loses no entry.
import type { Migration } from "./types.ts";

export const migration045: Migration = {
  version: 45,
  name: "search entries waiting for a pause",
  up: (db) => {
    db.exec(`
      CREATE TABLE IF NOT EXISTS search_pending (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
      ) WITHOUT ROWID;
    `);
  },
};
