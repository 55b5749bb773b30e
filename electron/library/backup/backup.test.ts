// Backups that finish while another process keeps writing, rotation in the folder
// beside the library, and a restore that brings back what the backup held.
import Database from "better-sqlite3";
import { existsSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { body, paragraph } from "../../../shared/document/build.ts";
import { openLibrary, type OpenLibrary } from "../index.ts";
import { tempLibraryPath } from "../libraryFile.test-support.ts";
import { runScript, waitForOutput } from "../processes.test-support.ts";
import { backupFolderOf, listBackups } from "./folder.ts";

let lib: ReturnType<typeof tempLibraryPath>;
let library: OpenLibrary;
beforeEach(() => {
  lib = tempLibraryPath();
});
afterEach(() => {
  library?.close();
  lib.cleanup();
});

const story = (text: string) => body([paragraph(text)]);

function fill(target: OpenLibrary, count: number): void {
  target.store.transaction(() => {
    for (let i = 0; i < count; i++) {
      target.service["articles.create"]({
        headline: `Council budget story ${i}`,
        body: story(`The council met again on day ${i} to argue about the harbour. `.repeat(30)),
      });
    }
  });
}

/** Hold this thread still, as a slow disk would between two backup steps. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe("a backup", () => {
  it("finishes while another process commits every 50 ms, and reads back whole", async () => {
    library = openLibrary(lib.path);
    fill(library, 1500);
    const writer = runScript(
      `import Database from "better-sqlite3";
       const db = new Database(process.argv[1]);
       db.pragma("busy_timeout = 5000");
       const put = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
       let n = 0;
       setInterval(() => { put.run("tick", String(++n)); if (n === 3) console.log("writing"); }, 50);`,
      [lib.path],
    );
    try {
      await waitForOutput(writer, "writing");
      const steps: number[] = [];
      const destination = join(dirname(lib.path), "during-writes.db");
      const result = await library.store.backup(destination, {
        pagesPerStep: 16,
        onProgress: ({ copiedPages, totalPages }) => {
          steps.push(copiedPages / totalPages);
          // Each step takes a while, as on a big library or a slow disk, so the writer
          // commits between steps; a backup that starts over each time would never end.
          pause(30);
        },
      });
      expect(result.restarts).toBeGreaterThan(0);
      expect(steps.length).toBeGreaterThan(2);
      expect(steps.length).toBeLessThan(50);
      expect(steps[steps.length - 1]).toBe(1);
      const copy = new Database(destination, { readonly: true });
      expect(copy.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 1500 });
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      copy.close();
    } finally {
      writer.kill();
    }
  }, 60_000);

  it("goes into the folder beside the library and keeps only the newest ones", async () => {
    let clock = Date.parse("2026-12-01T08:00:00Z");
    library = openLibrary(lib.path, { keep: 3, now: () => new Date((clock += 60_000)) });
    fill(library, 3);
    for (let i = 0; i < 5; i++) {
      const answer = await library.dispatch("library.backup", {});
      expect(answer).toMatchObject({ ok: true, value: { kept: Math.min(i + 1, 3) } });
    }
    const backups = listBackups(lib.path);
    expect(backups.map((b) => b.createdAt)).toEqual([
      "2026-12-01T08:05:00.000Z",
      "2026-12-01T08:04:00.000Z",
      "2026-12-01T08:03:00.000Z",
    ]);
    expect(dirname(backups[0].path)).toBe(backupFolderOf(lib.path));
    expect(basename(backupFolderOf(lib.path))).toBe("library-backups");
    expect(library.service["library.health"]({}).newestBackup).toBe(backups[0].path);
  });
});

describe("restore", () => {
  it("brings back what the backup held and keeps the replaced library as a backup", async () => {
    library = openLibrary(lib.path);
    const kept = library.service["articles.create"]({
      headline: "Ferry strike ends",
      body: story("Crews return."),
    });
    const backup = (await library.dispatch("library.backup", {})) as { ok: true; value: { path: string } };
    expect(backup.ok).toBe(true);

    // Work after the backup: a new story and an edit.
    library.service["articles.create"]({ headline: "Written after the backup" });
    library.service["articles.update"]({ id: kept.id, changes: { headline: "Ferry strike ends early" } });

    const answer = await library.dispatch("library.restore", { file: basename(backup.value.path) });
    expect(answer).toMatchObject({ ok: true, value: { articles: 1, restoredFrom: backup.value.path } });
    const headlines = library.service["articles.list"]({}).map((a) => a.headline);
    expect(headlines).toEqual(["Ferry strike ends"]);
    expect(library.service["articles.get"]({ id: kept.id }).body).toEqual(kept.body);
    // The library keeps working after the restore.
    library.service["articles.create"]({ headline: "After the restore" });
    expect(library.service["articles.list"]({ query: "restore" })).toHaveLength(1);

    // What the restore replaced is a backup of its own, and can be brought back in turn.
    const keptAs = (answer as { value: { keptAs: string } }).value.keptAs;
    const before = listBackups(lib.path).find((b) => b.path === keptAs);
    expect(before?.reason).toBe("before-restore");
    await library.dispatch("library.restore", { file: before!.fileName });
    expect(
      library.service["articles.list"]({})
        .map((a) => a.headline)
        .sort(),
    ).toEqual(["Ferry strike ends early", "Written after the backup"]);
  });

  it("refuses a file that is not a backup, a path outside the folder, and changes nothing", async () => {
    library = openLibrary(lib.path);
    library.service["articles.create"]({ headline: "Still here" });
    const stranger = join(dirname(lib.path), "notes.db");
    writeFileSync(stranger, "not a database\n".repeat(100));
    const outside = await library.dispatch("library.restore", { file: stranger });
    expect(outside).toMatchObject({ ok: false, error: { code: "not-found" } });
    const missing = await library.dispatch("library.restore", {
      file: "library-20260101-000000-000-manual.db",
    });
    expect(missing).toMatchObject({ ok: false, error: { code: "not-found" } });
    library.close();

    // From the command line any path may be named, but only a whole Copydesk library is taken.
    library = openLibrary(lib.path, { restoreFrom: "anywhere" });
    const notOurs = await library.dispatch("library.restore", { file: stranger });
    expect(notOurs).toMatchObject({ ok: false, error: { code: "library-unreadable" } });
    expect(library.service["articles.list"]({}).map((a) => a.headline)).toEqual(["Still here"]);
    expect(existsSync(backupFolderOf(lib.path))).toBe(false);
  });
});

describe("scheduled backups", () => {
  const until = async (ready: () => boolean) => {
    for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 20));
    return ready();
  };

  it("come on their own while the library is open, only when it changed", async () => {
    library = openLibrary(lib.path, { schedule: { everyMs: 200, lookEveryMs: 20 } });
    library.service["articles.create"]({ headline: "First story" });
    expect(await until(() => listBackups(lib.path).length === 1)).toBe(true);
    expect(listBackups(lib.path)[0].reason).toBe("scheduled");

    // Unchanged since the backup: however long it stays open, no second copy of the same.
    await new Promise((r) => setTimeout(r, 500));
    expect(listBackups(lib.path)).toHaveLength(1);

    library.service["articles.create"]({ headline: "Second story" });
    expect(await until(() => listBackups(lib.path).length === 2)).toBe(true);
    library.close();
    const copy = openLibrary(listBackups(lib.path)[0].path, { schedule: false });
    expect(
      copy.service["articles.list"]({})
        .map((a) => a.headline)
        .sort(),
    ).toEqual(["First story", "Second story"]);
    copy.close();
  });
});
