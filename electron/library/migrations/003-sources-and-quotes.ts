// The source registry and the quotes tagged in articles. Quotes are derived from the
// article bodies (the quotation nodes are the truth) and rewritten on every save.
import type { Migration } from "./types.ts";

export const migration003: Migration = {
  version: 3,
  name: "sources and quotes",
  up: (db) => {
    db.exec(`
      CREATE TABLE sources (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL,
        kind             TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'body')),
        title            TEXT NOT NULL DEFAULT '',
        organization     TEXT NOT NULL DEFAULT '',
        reached_via      TEXT NOT NULL DEFAULT 'in-person',
        platform         TEXT NOT NULL DEFAULT '',
        handle           TEXT NOT NULL DEFAULT '',
        standing         TEXT NOT NULL DEFAULT 'on-record'
                         CHECK (standing IN ('on-record', 'background', 'anonymous')),
        anonymity_reason TEXT NOT NULL DEFAULT '',
        verified         INTEGER NOT NULL DEFAULT 0,
        verified_by      TEXT NOT NULL DEFAULT '',
        verified_at      TEXT NOT NULL DEFAULT '',
        verified_how     TEXT NOT NULL DEFAULT '',
        contact_notes    TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      );
      CREATE INDEX sources_by_name ON sources (name COLLATE NOCASE);

      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote_id   TEXT NOT NULL,
        source_id  TEXT REFERENCES sources (id) ON DELETE SET NULL,
        text       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('full', 'partial')),
        status     TEXT NOT NULL CHECK (status IN ('suggested', 'confirmed')),
        position   INTEGER NOT NULL
      );
      CREATE INDEX quotes_by_source ON quotes (source_id);
      CREATE INDEX quotes_by_article ON quotes (article_id, position);

      -- Sources the editor added to an article before (or without) tagging a quote.
      CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source_id  TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, source_id)
      );

      -- Detection suggestions the editor rejected, so they are not offered again.
      CREATE TABLE rejected_suggestions (
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        PRIMARY KEY (article_id, fingerprint)
      );
    `);
  },
};
