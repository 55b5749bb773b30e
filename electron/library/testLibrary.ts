// Test helper: a real library file in its own temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempLibraryPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-test-"));
  return { path: join(dir, "library.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
