// Where backups live: a folder beside the library ("copydesk-library-backups" next to
// "copydesk-library.db"), one file per backup, named by its time so names sort by age.
import { readdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

export interface BackupFile {
  fileName: string;
  path: string;
  /** When the backup was taken (ISO time, from its name). */
  createdAt: string;
  bytes: number;
  /** Why it was taken: "scheduled", "manual" or "before-restore". */
  reason: string;
}

export const BACKUP_REASONS = ["scheduled", "manual", "before-restore"] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

function stem(libraryPath: string): string {
  const name = basename(libraryPath);
  return name.slice(0, name.length - extname(name).length) || name;
}

export function backupFolderOf(libraryPath: string): string {
  return join(dirname(libraryPath), `${stem(libraryPath)}-backups`);
}

/** 2026-12-03T12:04:05.123Z becomes 20261203-120405-123 (no characters a file system minds). */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace("T", "-").replace(".", "-").replace("Z", "");
}

const NAME = /^(.+)-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.db$/;

export function backupPathFor(libraryPath: string, at: Date, reason: BackupReason): string {
  return join(backupFolderOf(libraryPath), `${stem(libraryPath)}-${stamp(at)}-${reason}.db`);
}

function parse(folder: string, fileName: string, libraryStem: string): BackupFile | null {
  const m = NAME.exec(fileName);
  if (!m || m[1] !== libraryStem) return null;
  const [, , day, time, ms, reason] = m;
  const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}.${ms}Z`;
  const path = join(folder, fileName);
  try {
    return { fileName, path, createdAt, bytes: statSync(path).size, reason };
  } catch {
    return null;
  }
}

/** The library's backups, newest first. */
export function listBackups(libraryPath: string): BackupFile[] {
  const folder = backupFolderOf(libraryPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((n) => parse(folder, n, stem(libraryPath)))
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Keep the newest `keep` backups and remove the rest; returns how many remain. */
export function rotateBackups(libraryPath: string, keep: number): number {
  const backups = listBackups(libraryPath);
  for (const old of backups.slice(keep)) {
    rmSync(old.path, { force: true });
    rmSync(`${old.path}-wal`, { force: true });
  }
  return Math.min(keep, backups.length);
}
