// A deleted comment thread stays in the library, marked deleted (issue 18): undo in the editor
// puts its marks back in the story, and the thread comes back with them, replies and all (see
// shared/comments/thread.ts). It still goes with its article.
import type { Migration } from "./types.ts";

export const migration046: Migration = {
  version: 46,
  name: "deleted comment threads kept for undo",
  up: (db) => {
    db.exec(`ALTER TABLE comment_threads ADD COLUMN deleted_at TEXT;`);
  },
};
