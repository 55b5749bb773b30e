// The search entry of an article being typed in follows on the next pause, not on every
// autosave: re-tokenizing a 10,000-word story was a third of each save. A save marks the
// article (search_pending, migration 045); the entries are brought up to date a moment
// after the saves stop, before any search on any connection (so a search never misses a
// saved word), and when the library is closed.
import type { LibraryDatabase, OpenedHealth } from "../database.ts";

/** How long after the last save the waiting entries are written. */
export const INDEX_AFTER_MS = 1500;

export interface PendingIndex {
  /** The article's text changed: reindex it on the next pause. */
  mark(id: string): void;
  /** Reindex every article waiting (from any connection); nothing when none waits. */
  flush(): void;
  stop(): void;
}

export function pendingIndex(
  db: LibraryDatabase,
  reindex: (id: string) => void,
  health: OpenedHealth,
): PendingIndex {
  const add = db.prepare("INSERT OR IGNORE INTO search_pending (article_id) VALUES (?)");
  const any = db.prepare("SELECT 1 FROM search_pending LIMIT 1").pluck();
  const waiting = db.prepare<[], string>("SELECT article_id FROM search_pending").pluck();
  const clear = db.prepare("DELETE FROM search_pending");
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    if (health.readOnly || !db.open || any.get() === undefined) return;
    db.transaction(() => {
      for (const id of waiting.all()) reindex(id);
      clear.run();
    }).immediate();
  };
  const onPause = () => {
    timer = undefined;
    try {
      flush();
    } catch {
      // Another process holds the write lock: the next save, search or close flushes.
    }
  };
  return {
    mark: (id) => {
      add.run(id);
      clearTimeout(timer);
      timer = setTimeout(onPause, INDEX_AFTER_MS);
      timer.unref();
    },
    flush,
    stop: () => clearTimeout(timer),
  };
}
