// Test support: a real library file in its own temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";

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
