// The search index, rebuilt for speed at newsroom scale (issue 17):
// - rowids follow edits: article_search gives each article a sequence number, renewed each
//   time its searchable text is reindexed, and the index's rowid is that number. A common
//   word is then paged newest-edited first by walking the index backwards, without bm25
//   and without a window that misses an old story edited today.
// - prefix='2 3': a two- or three-letter prefix typed so far is one lookup, not a merge of
//   every word that starts with it.
// - contentless (the text stays in articles.body_text): results' highlights and excerpts
//   are made from that text for the rows shown, so the index need not hold a second copy.
import type { Migration } from "./types.ts";

export const migration010: Migration = {
  version: 10,
  name: "search index in edit order",
  up: (db) => {
    db.exec(`
      DROP TABLE articles_fts;
      CREATE TABLE article_search (
        seq        INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
      );
      INSERT INTO article_search (article_id) SELECT id FROM articles ORDER BY updated_at, rowid;

      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        headline, dek, body, byline, sources,
        content = '', contentless_delete = 1, prefix = '2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- A headline hit outranks a body hit: weights follow the column order above.
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 3.0, 2.0)');

      INSERT INTO articles_fts (rowid, headline, dek, body, byline, sources)
        SELECT s.seq, a.headline, a.dek, a.body_text, a.byline,
          (SELECT coalesce(group_concat(DISTINCT src.name), '') FROM quotes q JOIN sources src ON src.id = q.source_id
            WHERE q.article_id = a.id)
        FROM article_search s JOIN articles a ON a.id = s.article_id ORDER BY s.seq;
      INSERT INTO articles_fts (articles_fts) VALUES ('optimize');

      -- What a search filters on, without reading the article rows (their bodies are long).
      CREATE INDEX articles_search_filter ON articles (id, deleted_at, status, section);
    `);
  },
};
