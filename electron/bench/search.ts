// Search and list timings on a library of N articles (default 10,000; BENCH_ARTICLES to change).
// Prints a table; electron/bench/run.ts writes it into BENCHMARKS.md.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLibraryService } from "../library/service.ts";
import { openSqliteStore } from "../library/store/sqliteStore.ts";
import { seeded, story } from "./corpus.ts";

export interface Timing {
  what: string;
  p50: number;
  p95: number;
}

function time(what: string, runs: number, work: () => unknown): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] * 100) / 100;
  return { what, p50: at(0.5), p95: at(0.95) };
}

export function benchSearch(articles: number): { setupSeconds: number; timings: Timing[] } {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  const service = createLibraryService(store);
  const random = seeded(42);
  const started = performance.now();
  store.transaction(() => {
    for (let i = 0; i < articles; i++) {
      // One article in 500 mentions a rare word, so "rare" searches have a few hits.
      const rare = i % 500 === 0 ? "Zaporizhzhia " : "";
      service["articles.create"]({ headline: `${rare}Story ${i}`, body: story(random, 300 + (i % 7) * 100) });
    }
  });
  const setupSeconds = Math.round((performance.now() - started) / 100) / 10;
  const timings = [
    time("newest-first page (200)", 30, () => service["articles.list"]({})),
    time("search: rare word", 30, () => service["articles.list"]({ query: "zaporizhzhia" })),
    time("search: common word (in most articles)", 10, () => service["articles.list"]({ query: "council" })),
    time("search: two words", 10, () => service["articles.list"]({ query: "ferry strike" })),
    time("search while typing 'har' (prefix)", 10, () => service["articles.list"]({ query: "har" })),
  ];
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { setupSeconds, timings };
}
