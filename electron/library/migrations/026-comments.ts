// Margin comments (issue 18): threads anchored by comment marks in the body (the mark's id is
// the thread's id), each with its comments, author, initials and time. A thread stays when its
// words are deleted (it is then listed as detached); it goes with its article.
import type { Migration } from "./types.ts";

export const migration026: Migration = {
  version: 26,
  name: "comments",
  up: (db) => {
    db.exec(`
      CREATE TABLE comment_threads (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT
      );
      CREATE INDEX comment_threads_by_article ON comment_threads (article_id, created_at);
      CREATE TABLE comments (
        id         TEXT PRIMARY KEY,
        thread_id  TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
        author     TEXT NOT NULL,
        initials   TEXT NOT NULL,
        text       TEXT NOT NULL,
        written_at TEXT NOT NULL
      );
      CREATE INDEX comments_by_thread ON comments (thread_id, written_at);
    `);
  },
};
