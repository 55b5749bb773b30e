// Test support: a real library file in its own temp folder, and the real service over it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { createLibraryService, type Handlers } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";

export function tempLibraryPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-test-"));
  return { path: join(dir, "library.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For each test a new library file, opened with `open` and handed to `use`; closed and
 * removed after the test.
 */
export function freshLibraryEachTest<T extends { close(): unknown }>(
  open: (path: string) => T,
  use: (opened: T) => void,
): void {
  let opened: T | undefined;
  let cleanup = () => {};
  beforeEach(() => {
    const temp = tempLibraryPath();
    cleanup = temp.cleanup;
    opened = open(temp.path);
    use(opened);
  });
  afterEach(() => {
    opened?.close();
    cleanup();
  });
}

/**
 * For each test a new library opened with the real service, handed to `use`; `reopen()`
 * closes it and opens the same file again, as the next launch would.
 */
export function freshServiceEachTest(use: (opened: { store: LibraryStore; service: Handlers }) => void): {
  reopen(): void;
} {
  let path = "";
  let store: LibraryStore | undefined;
  let cleanup = () => {};
  const open = () => {
    store = openSqliteStore(path);
    use({ store, service: createLibraryService(store) });
  };
  beforeEach(() => {
    const temp = tempLibraryPath();
    path = temp.path;
    cleanup = temp.cleanup;
    open();
  });
  afterEach(() => {
    store?.close();
    cleanup();
  });
  return {
    reopen: () => {
      store?.close();
      open();
    },
  };
}
