// The house style sheet and word targets on SQLite. Mixed into the library store by sqliteStore.ts. The sheet is
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

export interface LengthReader {
  wordTarget(articleId: string): number | null;
}

export interface LengthWriter {
  setWordTarget(articleId: string, words: number | null): void;
}

/** Word targets per article, beside the style sheet: both are the desk's measures of copy. */
export function lengthStore(db: LibraryDatabase): { reader: LengthReader; writer: LengthWriter } {
  const get = db.prepare<[string], { words: number }>(
    `SELECT words FROM article_length_targets WHERE article_id = ?`,
  );
  const set = db.prepare(
    `INSERT INTO article_length_targets (article_id, words) VALUES (?, ?)
     ON CONFLICT (article_id) DO UPDATE SET words = excluded.words`,
  );
  const clear = db.prepare(`DELETE FROM article_length_targets WHERE article_id = ?`);
  return {
    reader: { wordTarget: (articleId) => get.get(articleId)?.words ?? null },
    writer: {
      setWordTarget: (articleId, words) => {
        if (words === null) clear.run(articleId);
        else set.run(articleId, words);
      },
    },
  };
}
