// The real `copydesk backup`, `restore` and `check`, run as a user would.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT, runCopydesk } from "./copydesk.test-support.ts";
import { openLibrary } from "../library/index.ts";

let dir: string;
let library: string;

const copydesk = (...args: string[]) => runCopydesk(library, ...args);

function addStory(headline: string): void {
  const open = openLibrary(library);
  open.service["articles.create"]({ headline });
  open.close();
}

function headlines(): string[] {
  const open = openLibrary(library);
  const list = open.service["articles.list"]({}).map((a) => a.headline);
  open.close();
  return list.sort();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-cli-backup-"));
  library = join(dir, "library.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("copydesk backup, restore and check", () => {
  it("backs up beside the library, restores what the backup held, and checks the file", () => {
    addStory("Before the backup");
    const backup = copydesk("backup");
    expect(backup.code, backup.stderr).toBe(0);
    const path = /Backed up to (\S+\.db)/.exec(backup.stdout)?.[1] ?? "";
    expect(path.startsWith(join(dir, "library-backups"))).toBe(true);
    expect(backup.stderr).toMatch(/Backing up… 100%/);

    addStory("After the backup");
    const restore = copydesk("restore", path);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/Restored .* \(1 articles\)/);
    expect(restore.stdout).toMatch(/kept as .*before-restore\.db/);
    expect(headlines()).toEqual(["Before the backup"]);

    const list = copydesk("backup", "--list");
    expect(list.stdout.trim().split("\n")).toHaveLength(2);
    expect(list.stdout).toMatch(/before-restore/);

    const check = copydesk("check");
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/is whole/);
  }, 60_000);

  it("refuses to restore a file that is not a Copydesk library, with a message", () => {
    addStory("Still here");
    const restore = copydesk("restore", join(PROJECT_ROOT, "package.json"));
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/not a Copydesk library/);
    expect(restore.stderr).not.toMatch(/Unexpected error/);
    expect(headlines()).toEqual(["Still here"]);
    expect(copydesk("restore").code).toBe(2);
    expect(copydesk("backup", "--bogus").stderr).toMatch(/Unknown option '--bogus'/);
  }, 60_000);
});
