// quick_check after the first screen, for a library that was closed cleanly (libraryFile.ts
// skipped it on open): in a worker thread of its own, a little after opening, so it costs the
// first screen nothing. If it finds damage, the store turns read-only from then on (every
// write is refused with the way on) and library.health reports it, as if found on open.
import { Worker } from "node:worker_threads";
import type { LibraryStore } from "./store/interface.ts";

const WORKER_URL = new URL(
  import.meta.url.endsWith(".ts") ? "./quickCheckWorker.ts" : "./quickCheckWorker.js",
  import.meta.url,
);

/** After the first screen: long enough for a host to answer it before the pages are read. */
export const BACKGROUND_CHECK_DELAY_MS = 3000;

export interface BackgroundCheck {
  /** The problems found (none: whole), or null when the check could not run or was stopped. */
  readonly done: Promise<string[] | null>;
  stop(): void;
}

/** Check `store`'s file in the background, unless its pages were already checked on open. */
export function checkInBackground(store: LibraryStore, delayMs = BACKGROUND_CHECK_DELAY_MS): BackgroundCheck {
  if (store.health.checked) return { done: Promise.resolve(store.health.damage), stop: () => {} };
  let worker: Worker | null = null;
  let settle: (problems: string[] | null) => void = () => {};
  const done = new Promise<string[] | null>((resolve) => (settle = resolve));
  const timer = setTimeout(() => {
    worker = new Worker(WORKER_URL, { workerData: { path: store.path } });
    worker.unref();
    worker.once("message", (problems: string[]) => {
      store.health.checked = true;
      if (problems.length > 0) {
        store.health.damage = problems;
        store.health.readOnly = true;
      }
      settle(problems);
    });
    worker.once("error", () => settle(null));
    worker.once("exit", () => settle(null));
  }, delayMs);
  timer.unref();
  return {
    done,
    stop: () => {
      clearTimeout(timer);
      void worker?.terminate();
      settle(null);
    },
  };
}
