// Articles, their revisions, and the full-text index over them.
import type { Migration } from "./types.ts";

export const migration001: Migration = {
  version: 1,
  name: "articles",
  up: (db) => {
    db.exec(`
      CREATE TABLE articles (
        id           TEXT PRIMARY KEY,
        slug         TEXT NOT NULL UNIQUE,
        slug_custom  INTEGER NOT NULL DEFAULT 0,
        headline     TEXT NOT NULL DEFAULT '',
        dek          TEXT NOT NULL DEFAULT '',
        byline       TEXT NOT NULL DEFAULT '',
        dateline     TEXT NOT NULL DEFAULT '',
        section      TEXT NOT NULL DEFAULT '',
        tags         TEXT NOT NULL DEFAULT '[]',
        status       TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'in-edit', 'ready', 'published')),
        body         TEXT NOT NULL,
        body_text    TEXT NOT NULL DEFAULT '',
        word_count   INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        published_at TEXT,
        deleted_at   TEXT
      );
      CREATE INDEX articles_by_update ON articles (deleted_at, updated_at DESC);

      CREATE TABLE revisions (
        id         TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        reason     TEXT NOT NULL,
        metadata   TEXT NOT NULL,
        body       TEXT NOT NULL,
        word_count INTEGER NOT NULL
      );
      CREATE INDEX revisions_by_article ON revisions (article_id, created_at DESC);

      -- Its own copy of the text (not contentless) so highlight() and snippet() work.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        headline, dek, body, byline, sources,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- A headline hit outranks a body hit: weights follow the column order above.
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 3.0, 2.0)');
    `);
  },
};
