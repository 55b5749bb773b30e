// Test support: a fresh library file each test with its service on a clock the test moves by
// hand (clock.test-support.ts), closed and removed after it.
import { afterEach, beforeEach } from "vitest";
import { manualClock } from "./clock.test-support.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";
import { createLibraryService, type Handlers } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";

export interface ServiceOnClock {
  path: string;
  store: LibraryStore;
  clock: ReturnType<typeof manualClock>;
  service: Handlers;
}

export function freshServiceEachTest(opened: (fresh: ServiceOnClock) => void): void {
  let lib: ReturnType<typeof tempLibraryPath>;
  let store: LibraryStore;
  beforeEach(() => {
    lib = tempLibraryPath();
    store = openSqliteStore(lib.path);
    const clock = manualClock();
    opened({ path: lib.path, store, clock, service: createLibraryService(store, clock) });
  });
  afterEach(() => {
    store.close();
    lib.cleanup();
  });
}
