// The desk server's own SQLite file (not a library): every desk document's Yjs state, the
// updates received since that state was last written, and the editors who may connect.
//
// Durability: each update a client sends is appended here synchronously, inside the Yjs
// transaction that applies it, before Hocuspocus acknowledges it (see durableUpdates.ts). The
// whole state is written later (debounced) and replaces the updates it covers. Writes merge
// (Y.mergeUpdates) rather than overwrite, so two server processes sharing this file can never
// drop each other's updates.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import * as Y from "yjs";

export type DeskDatabase = Database.Database;

/** A desk server file is marked so no other program's database is taken for one. */
const DESK_APPLICATION_ID = 0x43444b53; // "CDKS"

const SCHEMA: readonly string[] = [
  `CREATE TABLE documents (
     name TEXT PRIMARY KEY,
     state BLOB NOT NULL,
     stored_at TEXT NOT NULL
   ) STRICT`,
  `CREATE TABLE document_updates (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     update_data BLOB NOT NULL
   ) STRICT`,
  `CREATE INDEX document_updates_by_name ON document_updates (name, id)`,
  `CREATE TABLE editors (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL UNIQUE,
     token_hash TEXT NOT NULL UNIQUE,
     role TEXT NOT NULL CHECK (role IN ('editor', 'read-only')),
     added_at TEXT NOT NULL,
     revoked_at TEXT
   ) STRICT`,
];

export function deskDatabasePath(dataDir: string): string {
  return join(dataDir, "copydesk-desk.db");
}

export function openDeskDatabase(dataDir: string): DeskDatabase {
  mkdirSync(dataDir, { recursive: true });
  const path = deskDatabasePath(dataDir);
  const db = new Database(path);
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  // FULL: an acknowledged update is on disk before the client hears "synced".
  db.pragma("synchronous = FULL");
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version === 1) return;
    const id = db.pragma("application_id", { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
    if (version !== 0 || id !== 0 || tables > 0) {
      db.close();
      throw new Error(`${path} is not a Copydesk desk file (or is from a newer Copydesk).`);
    }
    for (const statement of SCHEMA) db.exec(statement);
    db.pragma(`application_id = ${DESK_APPLICATION_ID}`);
    db.pragma("user_version = 1");
  }).immediate();
  return db;
}

interface UpdateRow {
  id: number;
  update_data: Buffer;
}

function pendingUpdates(db: DeskDatabase, name: string): UpdateRow[] {
  return db
    .prepare("SELECT id, update_data FROM document_updates WHERE name = ? ORDER BY id")
    .all(name) as UpdateRow[];
}

function storedState(db: DeskDatabase, name: string): Buffer | undefined {
  const row = db.prepare("SELECT state FROM documents WHERE name = ?").get(name) as
    { state: Buffer } | undefined;
  return row?.state;
}

/** The document as the desk holds it: its last stored state and every update since. */
export function fetchDocument(db: DeskDatabase, name: string): Uint8Array | null {
  const parts = [storedState(db, name), ...pendingUpdates(db, name).map((r) => r.update_data)].filter(
    (part): part is Buffer => part !== undefined,
  );
  if (parts.length === 0) return null;
  return Y.mergeUpdates(parts.map((p) => new Uint8Array(p)));
}

/** Append one update as it arrives (synchronous: it is on disk when this returns). */
export function appendUpdate(db: DeskDatabase, name: string, update: Uint8Array): void {
  db.prepare("INSERT INTO document_updates (name, update_data) VALUES (?, ?)").run(name, update);
}

/** Write a whole state, merged with what is stored, and fold the updates it now covers. */
export function storeDocument(db: DeskDatabase, name: string, state: Uint8Array): void {
  db.transaction(() => {
    const updates = pendingUpdates(db, name);
    const old = storedState(db, name);
    const parts = [state, ...(old ? [old] : []), ...updates.map((u) => u.update_data)];
    const merged = Y.mergeUpdates(parts.map((p) => new Uint8Array(p)));
    db.prepare(
      `INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
    ).run(name, merged, new Date().toISOString());
    const last = updates.at(-1);
    if (last) db.prepare("DELETE FROM document_updates WHERE name = ? AND id <= ?").run(name, last.id);
  }).immediate();
}

/** Every document the desk holds, by name. */
export function documentNames(db: DeskDatabase): string[] {
  const rows = db
    .prepare("SELECT name FROM documents UNION SELECT name FROM document_updates ORDER BY name")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}
