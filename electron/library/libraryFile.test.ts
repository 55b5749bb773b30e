// The library file under bad luck: a damaged page, another program's database caught
// mid-write, a missing table, and many processes opening a new library at once.
import Database from "better-sqlite3";
import { closeSync, existsSync, openSync, statSync, writeFileSync, writeSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { body, paragraph } from "../../shared/document/build.ts";
import { openLibraryDatabase } from "./database.ts";
import { openLibrary } from "./index.ts";
import { LATEST_VERSION } from "./migrations/index.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";
import { finished, fingerprint, runScript, waitForOutput } from "./processes.test-support.ts";

let lib: ReturnType<typeof tempLibraryPath>;
beforeEach(() => {
  lib = tempLibraryPath();
});
afterEach(() => lib.cleanup());

/** A library with a few stories and their history, closed (its WAL checkpointed away). */
function libraryWithStories(path: string, count = 30): void {
  const library = openLibrary(path);
  for (let i = 0; i < count; i++) {
    const created = library.service["articles.create"]({
      headline: `Harbour story ${i}`,
      body: body([paragraph(`The harbour board met on day ${i}. `.repeat(40))]),
    });
    library.service["articles.checkpoint"]({ id: created.id, reason: "Saved" });
  }
  library.close();
}

/** Overwrite the first bytes of a table's root page, as a failing disk would. */
function damageTable(path: string, table: string): void {
  const db = new Database(path, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?").get(table) as {
    rootpage: number;
  };
  const pageSize = db.pragma("page_size", { simple: true }) as number;
  db.close();
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, (rootpage - 1) * pageSize);
  closeSync(fd);
}

/** Leave the library as an app that died would: a story edited, then the process killed. */
async function dieWithLibraryOpen(path: string): Promise<void> {
  const child = runScript(
    `const { openLibrary } = await import(${JSON.stringify(new URL("./index.ts", import.meta.url).href)});
     const library = openLibrary(process.argv[1], { schedule: false });
     const [first] = library.service["articles.list"]({});
     library.service["articles.update"]({ id: first.id, changes: { headline: "Edited before the crash" } });
     process.kill(process.pid, "SIGKILL");`,
    [path],
  );
  await finished(child);
  expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
}

async function healthOnceChecked(library: ReturnType<typeof openLibrary>) {
  for (let waited = 0; waited < 60_000; waited += 50) {
    const health = library.dispatch("library.health", {}) as { value: { checked: boolean } };
    if (health.value.checked) return health;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the background check did not finish");
}

describe("a damaged library", () => {
  it("after an unclean shutdown, is detected on open, opened read-only with the way on, and never written", async () => {
    libraryWithStories(lib.path);
    await dieWithLibraryOpen(lib.path);
    damageTable(lib.path, "revisions");
    const before = { db: fingerprint(lib.path), wal: fingerprint(`${lib.path}-wal`) };

    const library = openLibrary(lib.path);
    const health = library.dispatch("library.health", {});
    expect(health).toMatchObject({ ok: true, value: { readOnly: true, checked: true } });
    const problem = (health as { value: { problem: string } }).value.problem;
    expect(problem).toMatch(/is damaged/);
    expect(problem).toMatch(/read-only/);
    expect(problem).toMatch(/no backup .*export what can still be read/);

    // What can be read still comes out: the stories and their export.
    const list = library.service["articles.list"]({});
    expect(list).toHaveLength(30);
    const page = library.service["export.render"]({ articleId: list[0].id, format: "html" });
    expect(page.content).toContain("The harbour board met");

    // Nothing can be written.
    const attempt = library.dispatch("articles.create", { headline: "Lost?" });
    expect(attempt).toMatchObject({ ok: false, error: { code: "refused" } });
    expect((attempt as { error: { message: string } }).error.message).toMatch(/damaged.*read-only/);
    expect(library.dispatch("settings.setEditorName", { name: "Ana" })).toMatchObject({ ok: false });
    library.close();
    // Neither the file nor the writes the crash left in its -wal were touched.
    expect(fingerprint(lib.path)).toBe(before.db);
    expect(fingerprint(`${lib.path}-wal`)).toBe(before.wal);
  }, 60_000);

  it("closed cleanly, opens at once and turns read-only when the background check finds damage", async () => {
    libraryWithStories(lib.path);
    damageTable(lib.path, "revisions");
    const before = fingerprint(lib.path);

    const library = openLibrary(lib.path, { backgroundCheckAfterMs: 0 });
    // Open without reading every page first: the list answers before the check is done.
    expect(library.dispatch("library.health", {})).toMatchObject({ value: { checked: false } });
    expect(library.service["articles.list"]({})).toHaveLength(30);

    const health = await healthOnceChecked(library);
    expect(health).toMatchObject({ ok: true, value: { readOnly: true, checked: true } });
    expect((health as unknown as { value: { problem: string } }).value.problem).toMatch(
      /is damaged.*read-only.*export what can still be read/,
    );
    const attempt = library.dispatch("articles.create", { headline: "Lost?" });
    expect(attempt).toMatchObject({ ok: false, error: { code: "refused" } });
    library.close();
    expect(fingerprint(lib.path)).toBe(before);
  }, 60_000);

  it("closed cleanly and whole, stays writable once the background check has passed", async () => {
    libraryWithStories(lib.path, 3);
    const library = openLibrary(lib.path, { backgroundCheckAfterMs: 0 });
    const health = await healthOnceChecked(library);
    expect(health).toMatchObject({ ok: true, value: { readOnly: false, checked: true, problem: null } });
    expect(library.dispatch("articles.create", { headline: "Still writable" })).toMatchObject({ ok: true });
    library.close();
  }, 60_000);

  it("is reported by the full integrity check, and a whole library passes it", () => {
    libraryWithStories(lib.path, 5);
    const whole = openLibrary(lib.path);
    expect(whole.dispatch("library.check", {})).toEqual({ ok: true, value: { ok: true, problems: [] } });
    whole.close();
    damageTable(lib.path, "revisions");
    const damaged = openLibrary(lib.path);
    const check = damaged.dispatch("library.check", {}) as {
      ok: true;
      value: { ok: boolean; problems: string[] };
    };
    expect(check.value.ok).toBe(false);
    expect(check.value.problems.length).toBeGreaterThan(0);
    damaged.close();
  });
});

describe("a library another process has open", () => {
  it("is not taken for one left by a crash: it opens at once, writable, its check left for later", async () => {
    libraryWithStories(lib.path, 3);
    const app = runScript(
      `const { openLibrary } = await import(${JSON.stringify(new URL("./index.ts", import.meta.url).href)});
       const library = openLibrary(process.argv[1], { schedule: false });
       const [first] = library.service["articles.list"]({});
       library.service["articles.update"]({ id: first.id, changes: { headline: "Still being edited" } });
       console.log("open");
       setInterval(() => {}, 1000);`,
      [lib.path],
    );
    try {
      await waitForOutput(app, "open");
      expect(statSync(`${lib.path}-wal`).size).toBeGreaterThan(0);
      const library = openLibrary(lib.path);
      expect(library.dispatch("library.health", {})).toMatchObject({
        value: { readOnly: false, checked: false, problem: null },
      });
      expect(library.service["articles.list"]({}).map((a) => a.headline)).toContain("Still being edited");
      library.close();
    } finally {
      app.kill("SIGKILL");
      await finished(app);
    }
  }, 60_000);
});

describe("a file that is not a Copydesk library", () => {
  it("keeps its bytes and its WAL when another program left writes uncheckpointed", async () => {
    // Another program writes in WAL mode and dies before a checkpoint.
    const writer = runScript(
      `import Database from "better-sqlite3";
       const db = new Database(process.argv[1]);
       db.pragma("journal_mode = WAL");
       db.pragma("wal_autocheckpoint = 0");
       db.exec("CREATE TABLE contacts (name TEXT)");
       for (let i = 0; i < 200; i++) db.prepare("INSERT INTO contacts VALUES (?)").run("someone " + i);
       process.kill(process.pid, "SIGKILL");`,
      [lib.path],
    );
    await finished(writer);
    expect(existsSync(`${lib.path}-wal`)).toBe(true);
    const before = { db: fingerprint(lib.path), wal: fingerprint(`${lib.path}-wal`) };

    expect(() => openLibraryDatabase(lib.path)).toThrow(/not a Copydesk library.*another program.*untouched/);
    expect(fingerprint(lib.path)).toBe(before.db);
    expect(fingerprint(`${lib.path}-wal`)).toBe(before.wal);
    expect(existsSync(`${lib.path}-shm`)).toBe(true);
    // And the other program's rows are all still there for it.
    const db = new Database(lib.path, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM contacts").get()).toEqual({ n: 200 });
    db.close();
  });

  it("refuses a Copydesk library missing a table with a message, untouched", () => {
    libraryWithStories(lib.path, 2);
    const db = new Database(lib.path);
    db.exec("DROP TABLE review_sign_offs");
    db.close();
    const before = fingerprint(lib.path);
    let message = "";
    try {
      openLibrary(lib.path);
    } catch (error) {
      message = (error as Error).message;
      expect((error as { code?: string }).code).toBe("library-unreadable");
    }
    expect(message).toMatch(/part of it missing \(the table review_sign_offs\).*Restore it from a backup/);
    expect(message).not.toMatch(/\bat \w+ \(/);
    expect(fingerprint(lib.path)).toBe(before);
  });

  it("refuses an empty-looking file that is not SQLite without creating anything beside it", () => {
    writeFileSync(lib.path, "Notes\n".repeat(1000));
    expect(() => openLibraryDatabase(lib.path)).toThrow(/not an SQLite database/);
    expect(existsSync(`${lib.path}-wal`)).toBe(false);
  });
});

describe("first open of a new library", () => {
  it("succeeds in eight processes opening it at once", async () => {
    const startAt = Date.now() + 2500;
    const children = Array.from({ length: 8 }, () =>
      runScript(
        `const { openSqliteStore } = await import(${JSON.stringify(new URL("./store/sqliteStore.ts", import.meta.url).href)});
         const [path, startAt] = process.argv.slice(1);
         while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 2));
         const store = openSqliteStore(path);
         console.log(JSON.stringify({ version: store.schemaVersion(), articles: store.countArticles() }));
         store.close();`,
        [lib.path, String(startAt)],
      ),
    );
    const results = await Promise.all(children.map(finished));
    for (const result of results) {
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ version: LATEST_VERSION, articles: 0 });
    }
    const store = openSqliteStore(lib.path);
    expect(store.schemaVersion()).toBe(LATEST_VERSION);
    store.close();
  }, 60_000);
});
