// What the first screen asks for, answered from an index: the section list scanned every
// article row (their bodies are long, so that meant reading most of the file) on each start.
import type { Migration } from "./types.ts";

export const migration011: Migration = {
  version: 11,
  name: "first-screen indexes",
  up: (db) => {
    db.exec("CREATE INDEX articles_by_section ON articles (deleted_at, section)");
  },
};
