// Opening a library file: inspect it read-only first (libraryFile.ts), refuse what is not
// ours or is too new without writing a byte to it, open a damaged one read-only, and
// otherwise set the pragmas and bring the schema up to date.
import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import { CopydeskError } from "../../shared/api/envelope.ts";
import {
  APPLICATION_ID,
  inspectLibraryFile,
  type LibraryDatabase,
  type OpenCheck,
  refuse,
} from "./libraryFile.ts";
import { LATEST_VERSION, MIGRATIONS } from "./migrations/index.ts";
import type { Migration } from "./migrations/types.ts";

export { APPLICATION_ID, type LibraryDatabase };

/**
 * How the library was opened: read-write, or read-only because quick_check found damage.
 * A check left for the background (checked false) may turn it read-only later.
 */
export interface OpenedHealth {
  readOnly: boolean;
  /** What quick_check reported (empty when the file is whole). */
  damage: string[];
  /** Whether quick_check has looked at every page yet. */
  checked: boolean;
}

export interface OpenedDatabase {
  db: LibraryDatabase;
  health: OpenedHealth;
}

function setPragmas(db: LibraryDatabase): void {
  // First, so every later statement waits for another process's lock instead of failing.
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  // FULL: a committed autosave survives power loss too; at an editor's write rate the cost is small.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
}

/**
 * Bring the schema up to date in one IMMEDIATE transaction, reading user_version inside
 * it: when several processes open a brand-new library at once, the first migrates and
 * the others, waiting on the write lock, then see that there is nothing left to do.
 */
function migrate(db: LibraryDatabase, path: string, migrations: readonly Migration[]): void {
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    const pending = migrations.filter((m) => m.version > version);
    if (pending.length === 0) return;
    if (version === 0) {
      const applicationId = db.pragma("application_id", { simple: true }) as number;
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
      // Another program filled the file between the look and the lock: leave it alone.
      if (applicationId !== 0 || tables.n > 0) refuse(path, "is not a Copydesk library.");
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

export interface OpenOptions {
  /** Tests open with a prefix of the list to build an older library. */
  migrations?: readonly Migration[];
  /**
   * When quick_check runs on open (libraryFile.ts): by default only after an unclean
   * shutdown; "never" for a second connection of a host whose first has just looked.
   */
  check?: OpenCheck;
}

function openFile(path: string, readonly: boolean): LibraryDatabase {
  try {
    return new Database(path, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new CopydeskError("library-unreadable", `Cannot open ${path}: ${(error as Error).message}`);
  }
}

export function openLibraryConnection(path: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  if (existsSync(path) && statSync(path).isDirectory()) refuse(path, "is a folder, not a library file.");
  const check = options.check ?? "if-unclean";
  const inspection = existsSync(path)
    ? inspectLibraryFile(path, migrations, check)
    : { kind: "fresh" as const };
  const damage = inspection.kind === "library" ? inspection.damage : [];
  // A new library has no pages to check; a second connection leaves it to the first.
  const checked = inspection.kind === "fresh" || check === "never" || inspection.checked;
  if (damage.length > 0) {
    // Damaged: open it read-only, so nothing more is lost and what can be read can be exported.
    const db = openFile(path, true);
    db.pragma("busy_timeout = 5000");
    return { db, health: { readOnly: true, damage, checked } };
  }
  const db = openFile(path, false);
  try {
    setPragmas(db);
    migrate(db, path, migrations);
    return { db, health: { readOnly: false, damage: [], checked } };
  } catch (error) {
    db.close();
    throw error;
  }
}

export function openLibraryDatabase(path: string, options: OpenOptions = {}): LibraryDatabase {
  return openLibraryConnection(path, options).db;
}

export { LATEST_VERSION };
