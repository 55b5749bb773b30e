// What the library costs on disk, table by table (SQLite's dbstat), for BENCHMARKS.md.
import Database from "better-sqlite3";
import { statSync } from "node:fs";

const MiB = 2 ** 20;

export function benchDisk(path: string, articles: number): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT CASE WHEN name LIKE 'articles_fts%' THEN 'search index (FTS5)' ELSE name END AS what,
           sum(pgsize) AS bytes FROM dbstat GROUP BY what ORDER BY bytes DESC`,
      )
      .all() as { what: string; bytes: number }[];
    const file = statSync(path).size;
    const big = rows.filter((r) => r.bytes > file / 100);
    return [
      `On disk: ${(file / MiB).toFixed(0)} MiB for ${articles.toLocaleString("en")} articles ` +
        `(${(file / articles / 1024).toFixed(1)} KiB an article): ` +
        big.map((r) => `${r.what} ${(r.bytes / MiB).toFixed(0)} MiB`).join(", ") +
        ", the rest indexes and small tables.",
    ];
  } finally {
    db.close();
  }
}
