// Who may connect to the desk: each editor has a token the admin issued. Only the token's
// SHA-256 is kept (a token is 32 random bytes, so a plain hash is enough to make a stolen desk
// file useless for connecting), and a revoked editor's token stops working at once.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { DeskDatabase } from "./deskDatabase.ts";

export const EditorRole = z.enum(["editor", "read-only"]);
export type EditorRole = z.infer<typeof EditorRole>;

export const EditorName = z
  .string()
  .trim()
  .min(1, "An editor needs a name.")
  .max(120, "An editor's name is at most 120 characters.");

export interface DeskEditor {
  name: string;
  role: EditorRole;
  addedAt: string;
  revokedAt: string | null;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Add an editor and return the token to hand them (shown once, never stored). */
export function addEditor(db: DeskDatabase, name: string, role: EditorRole): string {
  const editorName = EditorName.parse(name);
  const taken = db.prepare("SELECT revoked_at FROM editors WHERE name = ?").get(editorName) as
    { revoked_at: string | null } | undefined;
  if (taken && taken.revoked_at === null)
    throw new Error(`${editorName} is already on the desk; revoke them first to issue a new token.`);
  const token = randomBytes(32).toString("base64url");
  db.prepare(
    `INSERT INTO editors (name, token_hash, role, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, role = excluded.role,
       added_at = excluded.added_at, revoked_at = NULL`,
  ).run(editorName, hashToken(token), EditorRole.parse(role), new Date().toISOString());
  return token;
}

/** Revoke an editor's token; false when no such editor holds one. */
export function revokeEditor(db: DeskDatabase, name: string): boolean {
  const result = db
    .prepare("UPDATE editors SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")
    .run(new Date().toISOString(), EditorName.parse(name));
  return result.changes > 0;
}

export function listEditors(db: DeskDatabase): DeskEditor[] {
  const rows = db.prepare("SELECT name, role, added_at, revoked_at FROM editors ORDER BY name").all() as {
    name: string;
    role: EditorRole;
    added_at: string;
    revoked_at: string | null;
  }[];
  return rows.map((r) => ({ name: r.name, role: r.role, addedAt: r.added_at, revokedAt: r.revoked_at }));
}

/** The editor a token belongs to, or undefined for an unknown or revoked token. */
export function editorForToken(
  db: DeskDatabase,
  token: string,
): { name: string; role: EditorRole } | undefined {
  if (token.length === 0 || token.length > 200) return undefined;
  const row = db
    .prepare("SELECT name, role FROM editors WHERE token_hash = ? AND revoked_at IS NULL")
    .get(hashToken(token)) as { name: string; role: EditorRole } | undefined;
  return row;
}
