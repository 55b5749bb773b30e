// Revisions hold whole snapshots of a body (a Lexical JSON document, very repetitive), and a
// library keeps one or more per article: stored as is they were most of a library's size.
// New revisions keep their body deflated (node:zlib) in body_deflated, with body left ''.
// Older revisions stay readable as they are; they are not rewritten here, so opening a big
// library after the update takes no longer than before.
import type { Migration } from "./types.ts";

export const migration012: Migration = {
  version: 12,
  name: "compressed revisions",
  up: (db) => {
    db.exec("ALTER TABLE revisions ADD COLUMN body_deflated BLOB");
  },
};
