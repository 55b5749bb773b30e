import Database from "better-sqlite3";
import { readFileSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPLICATION_ID, openLibraryDatabase } from "./database.ts";
import { LATEST_VERSION, MIGRATIONS } from "./migrations/index.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";

let lib: ReturnType<typeof tempLibraryPath>;
beforeEach(() => {
  lib = tempLibraryPath();
});
afterEach(() => lib.cleanup());

describe("opening a library", () => {
  it("creates a fresh library at the latest version with the pragmas set", () => {
    const db = openLibraryDatabase(lib.path);
    expect(db.pragma("user_version", { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma("application_id", { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    db.close();
  });

  it("upgrades an older library and keeps its articles", () => {
    const old = openLibraryDatabase(lib.path, { migrations: MIGRATIONS.slice(0, 1) });
    expect(old.pragma("user_version", { simple: true })).toBe(1);
    old
      .prepare(
        "INSERT INTO articles (id, slug, headline, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
      )
      .run(
        "a1",
        "kept",
        "Kept across upgrades",
        '{"root":{"type":"root","children":[]}}',
        "2026-01-01",
        "2026-01-01",
      );
    old.close();
    const article = { id: "a1" };

    const store = openSqliteStore(lib.path);
    expect(store.schemaVersion()).toBe(LATEST_VERSION);
    expect(store.getArticle(article.id)?.headline).toBe("Kept across upgrades");
    store.close();
  });

  it("refuses a library written by a newer version and leaves the file untouched", () => {
    const db = new Database(lib.path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec("CREATE TABLE future (x)");
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = readFileSync(lib.path);

    expect(() => openLibraryDatabase(lib.path)).toThrow(/newer version of Copydesk.*left untouched/s);
    expect(readFileSync(lib.path).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite database and leaves it untouched", () => {
    const db = new Database(lib.path);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('someone')");
    db.close();
    const before = readFileSync(lib.path);

    expect(() => openLibraryDatabase(lib.path)).toThrow(/not a Copydesk library.*another program/);
    expect(readFileSync(lib.path).equals(before)).toBe(true);
  });

  it("refuses a file that is not a database at all", () => {
    writeFileSync(lib.path, "These are my notes, not a database.\n".repeat(200));
    const before = readFileSync(lib.path);
    expect(() => openLibraryDatabase(lib.path)).toThrow(
      /not a Copydesk library \(it is not an SQLite database\)/,
    );
    expect(readFileSync(lib.path).equals(before)).toBe(true);
  });
});

describe("the migrations", () => {
  // A library records only the last version it reached: one listed out of order would be
  // skipped for ever by every library already past its number.
  it("are listed in the order of their numbers, each number once", () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(LATEST_VERSION).toBe(versions[versions.length - 1]);
  });
});
