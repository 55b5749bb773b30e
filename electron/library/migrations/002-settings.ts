// Per-library settings, such as the editor's name recorded on sign-offs.
import type { Migration } from "./types.ts";

export const migration002: Migration = {
  version: 2,
  name: "settings",
  up: (db) => {
    db.exec(`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  },
};
