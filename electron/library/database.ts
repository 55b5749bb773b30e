// Opening a library file: refuse what is not ours or is too new (without writing a
// byte to it), then set the pragmas and bring the schema up to date.
import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { LATEST_VERSION, MIGRATIONS } from "./migrations/index.ts";
import type { Migration } from "./migrations/types.ts";

/** PRAGMA application_id marks a file as a Copydesk library ("CPDK"). */
export const APPLICATION_ID = 0x4350444b;

export type LibraryDatabase = Database.Database;

function refuse(path: string, why: string): never {
  throw new CopydeskError("library-unreadable", `${path} ${why} It was left untouched.`);
}

/** Check the file before anything can change it: its header, its id, its version. */
function inspect(db: LibraryDatabase, path: string, latest: number): number {
  let applicationId: number;
  let version: number;
  let tables: number;
  try {
    applicationId = db.pragma("application_id", { simple: true }) as number;
    version = db.pragma("user_version", { simple: true }) as number;
    tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
  } catch {
    refuse(path, "is not a Copydesk library (it is not an SQLite database).");
  }
  const fresh = applicationId === 0 && version === 0 && tables === 0;
  if (!fresh && applicationId !== APPLICATION_ID) {
    refuse(path, "is not a Copydesk library (it is an SQLite database of another program).");
  }
  if (version > latest) {
    refuse(
      path,
      `was written by a newer version of Copydesk (library format ${version}; this version reads up to ${latest}). Update Copydesk to open it.`,
    );
  }
  return version;
}

function setPragmas(db: LibraryDatabase): void {
  db.pragma("journal_mode = WAL");
  // FULL: a committed autosave survives power loss too; at an editor's write rate the cost is small.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
}

function migrate(db: LibraryDatabase, from: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}

export interface OpenOptions {
  /** Tests open with a prefix of the list to build an older library. */
  migrations?: readonly Migration[];
}

export function openLibraryDatabase(path: string, options: OpenOptions = {}): LibraryDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (existsSync(path) && statSync(path).isDirectory()) refuse(path, "is a folder, not a library file.");
  let db: LibraryDatabase;
  try {
    db = new Database(path);
  } catch (error) {
    throw new CopydeskError("library-unreadable", `Cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    const version = inspect(db, path, latest);
    setPragmas(db);
    migrate(db, version, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export { LATEST_VERSION };
