// Who kept each revision (issue 18, "Who is editing"): the editor's name as Settings had it
// when the revision was made. Revisions kept before this version have none ('').
import type { Migration } from "./types.ts";

export const migration025: Migration = {
  version: 25,
  name: "revision authors",
  up: (db) => {
    db.exec("ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''");
  },
};
