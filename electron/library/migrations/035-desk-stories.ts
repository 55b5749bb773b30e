// Stories on a desk (issue 19): which desk story each local article is, and its Yjs state, so
// a desk story opens and edits with no connection and merges when the desk is back. The desk's
// address and this editor's token are settings (deskAddress, deskToken).
import type { Migration } from "./types.ts";

export const migration035: Migration = {
  version: 35,
  name: "desk-stories",
  up: (db) => {
    db.exec(`
      CREATE TABLE desk_stories (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id   TEXT NOT NULL UNIQUE,
        yjs_state  BLOB,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
