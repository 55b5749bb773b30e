// The desk's house style sheet (issue 18): one row per rule, in the sheet's order, seeded with
// the default sheet so a new or upgraded library reviews house style from the start.
import { DEFAULT_STYLE_SHEET } from "../../../shared/review/style/index.ts";
import type { Migration } from "./types.ts";

export const migration015: Migration = {
  version: 15,
  name: "house style",
  up: (db) => {
    db.exec(`
      CREATE TABLE style_rules (
        id             TEXT PRIMARY KEY,
        position       INTEGER NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('word', 'phrase', 'regex')),
        pattern        TEXT NOT NULL,
        replacement    TEXT NOT NULL,
        category       TEXT NOT NULL,
        description    TEXT NOT NULL,
        case_sensitive INTEGER NOT NULL CHECK (case_sensitive IN (0, 1))
      );
    `);
    const insert = db.prepare(
      `INSERT INTO style_rules VALUES (@id, @position, @kind, @pattern, @replacement, @category, @description, @case_sensitive)`,
    );
    DEFAULT_STYLE_SHEET.forEach((rule, position) =>
      insert.run({ ...rule, position, case_sensitive: rule.caseSensitive ? 1 : 0 }),
    );
  },
};
