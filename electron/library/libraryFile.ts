// Looking at a file before Copydesk opens it for writing: is it a Copydesk library, of a
// version this build reads, whole (every table), and undamaged (PRAGMA quick_check)? All
// of it through a READ-ONLY connection, so a file that is not ours keeps every byte of
// itself and of its -wal (a read-only connection never checkpoints or deletes a WAL).
// The id, version and tables are read from the first pages and cost nothing; quick_check
// reads every page (47 s for a 2 GB library on a busy machine), so on open it runs only
// after an unclean shutdown, and otherwise in the background (backgroundCheck.ts).
import Database from "better-sqlite3";
import { existsSync, readFileSync, statSync } from "node:fs";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Migration } from "./migrations/types.ts";

/** PRAGMA application_id marks a file as a Copydesk library ("CPDK"). */
export const APPLICATION_ID = 0x4350444b;

export type LibraryDatabase = Database.Database;

export function refuse(path: string, why: string): never {
  throw new CopydeskError("library-unreadable", `${path} ${why} It was left untouched.`);
}

/** What a look at the file found: nothing there yet, or a library of this version. */
export type Inspection =
  | { kind: "fresh" }
  | {
      kind: "library";
      version: number;
      /** quick_check's findings; empty when the file is whole (or was not checked). */
      damage: string[];
      /** Whether quick_check ran: false when it was left for the background. */
      checked: boolean;
    };

/**
 * When quick_check runs on open: "always" (a backup about to be restored), "never" (a
 * second connection of a host whose first has just looked), or only when the library was
 * not closed cleanly. The last connection to close a library checkpoints its WAL and
 * deletes it, so a -wal with frames in it that no live process has open means a process
 * died with the library open: then the pages are checked before anything writes to them.
 */
export type OpenCheck = "always" | "if-unclean" | "never";

/**
 * Whether a live process has the library open. Every SQLite connection to a WAL library
 * holds a lock on its -shm file while open, and a process that died holds none; Linux lists
 * the locks in /proc/locks by device and inode (as lslocks reads them). Elsewhere, or when
 * in doubt, false: the library is then treated as not closed cleanly, and checked.
 */
function openElsewhere(path: string): boolean {
  try {
    const { dev, ino } = statSync(`${path}-shm`, { bigint: true });
    const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
    const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
    const hex = (n: bigint) => n.toString(16).padStart(2, "0");
    const file = `${hex(major)}:${hex(minor)}:${ino}`;
    return readFileSync("/proc/locks", "utf8")
      .split("\n")
      .some((line) => line.split(/\s+/).includes(file));
  } catch {
    return false;
  }
}

/** A -wal file with something in it and no live process on it: the library was not closed cleanly. */
export function closedUncleanly(path: string): boolean {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > 0 && !openElsewhere(path);
}

/** The problems an integrity or quick check reports; empty when the database is whole. */
export function checkProblems(db: LibraryDatabase, pragma: "quick_check" | "integrity_check"): string[] {
  try {
    const rows = db.pragma(`${pragma}(20)`) as Record<string, string>[];
    const problems = rows.map((row) => Object.values(row)[0]);
    return problems.length === 1 && problems[0] === "ok" ? [] : problems;
  } catch (error) {
    return [(error as Error).message];
  }
}

const expectedByList = new WeakMap<readonly Migration[], Map<number, string[]>>();

/** The tables a library at `version` holds: the migrations up to it, run on an empty database. */
export function expectedTables(migrations: readonly Migration[], version: number): string[] {
  const known = expectedByList.get(migrations) ?? new Map<number, string[]>();
  expectedByList.set(migrations, known);
  const cached = known.get(version);
  if (cached) return cached;
  const scratch = new Database(":memory:");
  try {
    for (const m of migrations) if (m.version <= version) m.up(scratch);
    const tables = tableNames(scratch);
    known.set(version, tables);
    return tables;
  } finally {
    scratch.close();
  }
}

function tableNames(db: LibraryDatabase): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
  return (rows as { name: string }[]).map((r) => r.name);
}

function openReadOnly(path: string): LibraryDatabase {
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    refuse(path, `cannot be read (${(error as Error).message}).`);
  }
}

/** Check the file before anything can change it: its id, its version, its tables, its pages. */
export function inspectLibraryFile(
  path: string,
  migrations: readonly Migration[],
  check: OpenCheck = "always",
): Inspection {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  // Before the read-only connection, which may itself leave an empty -wal beside the file.
  const quickCheck = check === "always" || (check === "if-unclean" && closedUncleanly(path));
  const db = openReadOnly(path);
  try {
    let applicationId: number;
    let version: number;
    let tables: string[];
    try {
      // One read transaction for the three: read one by one, another process's first migration
      // could commit between them (id still 0, tables already there) and a fresh library would
      // be refused as another program's. Seen with eight processes opening a new file at once.
      ({ applicationId, version, tables } = db.transaction(() => ({
        applicationId: db.pragma("application_id", { simple: true }) as number,
        version: db.pragma("user_version", { simple: true }) as number,
        tables: tableNames(db),
      }))());
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_CORRUPT") {
        refuse(path, "is damaged beyond reading. Restore it from a backup.");
      }
      refuse(path, "is not a Copydesk library (it is not an SQLite database).");
    }
    if (applicationId === 0 && version === 0 && tables.length === 0) return { kind: "fresh" };
    if (applicationId !== APPLICATION_ID) {
      refuse(path, "is not a Copydesk library (it is an SQLite database of another program).");
    }
    if (version > latest) {
      refuse(
        path,
        `was written by a newer version of Copydesk (library format ${version}; this version reads up to ${latest}). Update Copydesk to open it.`,
      );
    }
    const missing = expectedTables(migrations, version).filter((t) => !tables.includes(t));
    if (missing.length > 0) {
      refuse(
        path,
        `is a Copydesk library with part of it missing (the table${missing.length > 1 ? "s" : ""} ${missing.join(", ")}). Restore it from a backup.`,
      );
    }
    const damage = quickCheck ? checkProblems(db, "quick_check") : [];
    return { kind: "library", version, damage, checked: quickCheck };
  } finally {
    db.close();
  }
}
