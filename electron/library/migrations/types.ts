import type { Database } from "better-sqlite3";

export interface Migration {
  /** Recorded in PRAGMA user_version once applied; numbers follow the file names. */
  version: number;
  name: string;
  up: (db: Database) => void;
}
