// Backups on a schedule while a library stays open (the app, `copydesk serve`): every so
// often, if the library changed since its newest backup and that backup is old enough,
// take another; the folder keeps the newest few. The timer never keeps a process alive,
// so a one-shot CLI command ends before it ever fires.
import { statSync } from "node:fs";
import { listBackups } from "./folder.ts";
import type { FileOps } from "./operations.ts";

export interface BackupSchedule {
  /** How old the newest backup may get before another is taken; 2 hours by default. */
  everyMs?: number;
  /** How often to look; 1 minute by default (so the first backup comes soon after opening). */
  lookEveryMs?: number;
  onError?: (error: unknown) => void;
}

const HOUR = 60 * 60 * 1000;

/** The last time the library's files were written (its -wal takes the writes in WAL mode). */
function lastWritten(path: string): number {
  let latest = 0;
  for (const file of [path, `${path}-wal`]) {
    try {
      latest = Math.max(latest, statSync(file).mtimeMs);
    } catch {
      // No -wal right now: the main file's time is the one.
    }
  }
  return latest;
}

export function scheduleBackups(
  library: { path: string; file: FileOps },
  schedule: BackupSchedule = {},
): () => void {
  const everyMs = schedule.everyMs ?? 2 * HOUR;
  let running = false;
  const look = async () => {
    if (running || library.file.restoring() || library.file.health().readOnly) return;
    const newest = listBackups(library.path)[0];
    const newestAt = newest ? Date.parse(newest.createdAt) : 0;
    if (Date.now() - newestAt < everyMs || lastWritten(library.path) <= newestAt) return;
    running = true;
    try {
      await library.file.backupNow("scheduled");
    } catch (error) {
      (schedule.onError ?? console.error)(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void look(), schedule.lookEveryMs ?? 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
