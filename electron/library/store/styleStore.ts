// The house style sheet on SQLite. Mixed into the library store by sqliteStore.ts. The sheet is
// written whole (it is small, and its order is the review's order).
import type { StyleRule } from "../../../shared/review/style/index.ts";
import type { LibraryDatabase } from "../database.ts";

interface StyleRuleRow {
  id: string;
  kind: StyleRule["kind"];
  pattern: string;
  replacement: string;
  category: string;
  description: string;
  case_sensitive: number;
}

export interface StyleReader {
  styleSheet(): StyleRule[];
}

export interface StyleWriter {
  replaceStyleSheet(rules: readonly StyleRule[]): void;
}

export function styleStore(db: LibraryDatabase): { reader: StyleReader; writer: StyleWriter } {
  const all = db.prepare<[], StyleRuleRow>(
    `SELECT id, kind, pattern, replacement, category, description, case_sensitive FROM style_rules ORDER BY position`,
  );
  const clear = db.prepare(`DELETE FROM style_rules`);
  const insert = db.prepare(
    `INSERT INTO style_rules VALUES (@id, @position, @kind, @pattern, @replacement, @category, @description, @case_sensitive)`,
  );
  return {
    reader: {
      styleSheet: () =>
        all.all().map((r) => ({
          id: r.id,
          kind: r.kind,
          pattern: r.pattern,
          replacement: r.replacement,
          category: r.category,
          description: r.description,
          caseSensitive: r.case_sensitive === 1,
        })),
    },
    writer: {
      replaceStyleSheet: (rules) => {
        clear.run();
        rules.forEach((rule, position) =>
          insert.run({ ...rule, position, case_sensitive: rule.caseSensitive ? 1 : 0 }),
        );
      },
    },
  };
}
