// The bench's library: N synthetic articles written through the real service (so the
// rows, quotes, revisions and search index are what the app makes), with edit dates
// spread over five years. Built once per size into a cache folder and reused: a 100,000-
// article library takes many minutes to write, and reruns only need to read it.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "../library/clock.ts";
import { createLibraryService } from "../library/service.ts";
import { openSqliteStore } from "../library/store/sqliteStore.ts";
import { headline, seeded, story, TOPICS } from "./corpus.ts";

/** Bump when the corpus changes, so an old cached library is not measured as a new one. */
const CORPUS_VERSION = 2;
/** One article in this many mentions the rare word, so a rare search has a few dozen hits. */
export const RARE_EVERY = 2000;
export const RARE_WORD = "Zaporizhzhia";
const FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000;
const BATCH = 500;

export function benchCacheDir(): string {
  return process.env.COPYDESK_BENCH_CACHE ?? join(tmpdir(), "copydesk-bench-cache");
}

/** A clock that walks from five years ago to now across the build. */
function archiveClock(articles: number): Clock & { advance(): void } {
  const start = Date.now() - FIVE_YEARS_MS;
  const step = FIVE_YEARS_MS / Math.max(1, articles);
  let at = start;
  let tick = 0;
  return {
    // Strictly increasing, like the system clock, even within one article's writes.
    now: () => new Date(at + tick++).toISOString(),
    newId: () => randomUUID(),
    advance: () => {
      at += step;
      tick = 0;
    },
  };
}

function build(path: string, articles: number, progress: (done: number) => void): void {
  const store = openSqliteStore(path);
  const clock = archiveClock(articles);
  const service = createLibraryService(store, clock);
  const random = seeded(42);
  try {
    for (let from = 0; from < articles; from += BATCH) {
      store.transaction(() => {
        for (let i = from; i < Math.min(articles, from + BATCH); i++) {
          const topic = i % 4 === 0 ? TOPICS[(i / 4) % TOPICS.length] : undefined;
          const rare = i % RARE_EVERY === 0 ? `${RARE_WORD} ` : "";
          service["articles.create"]({
            headline: `${rare}${headline(random)}`,
            section: ["News", "Business", "Sport", "Culture", "Opinion"][i % 5],
            byline: "Staff reporter",
            body: story(random, 300 + Math.floor(random() * 640), topic),
          });
          clock.advance();
        }
      });
      progress(Math.min(articles, from + BATCH));
    }
  } finally {
    store.close();
  }
}

/** The cached library of `articles` articles, built first if there is none yet. */
export function benchLibrary(
  articles: number,
  log: (line: string) => void = () => {},
): { path: string; buildSeconds: number | null } {
  const dir = benchCacheDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `library-${articles}-c${CORPUS_VERSION}.db`);
  if (existsSync(path)) return { path, buildSeconds: null };
  const partial = `${path}.building`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const started = performance.now();
  let lastLog = 0;
  build(partial, articles, (done) => {
    if (performance.now() - lastLog > 10_000 || done === articles) {
      lastLog = performance.now();
      log(`  built ${done.toLocaleString("en")} of ${articles.toLocaleString("en")} articles`);
    }
  });
  renameSync(partial, path);
  return { path, buildSeconds: Math.round((performance.now() - started) / 100) / 10 };
}
