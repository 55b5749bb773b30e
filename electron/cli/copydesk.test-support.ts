// Test support: run the real `copydesk` command on a library file, as a user would.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
export const SEED_STORY = join(PROJECT_ROOT, "e2e/fixtures/press-tv-karabakh.txt");

export function runCopydesk(library: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, "electron/cli/copydesk.js"), ...args, "--library", library],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
