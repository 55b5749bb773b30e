// The library file's own calls: its health, an integrity check, backups and restore.
import { z } from "zod";

export const libraryHealth = z.object({
  /** True when the library was found damaged on open: it can be read and exported, not changed. */
  readOnly: z.boolean(),
  /** What is wrong and the way on, for the user; null when all is well. */
  problem: z.string().nullable(),
  /**
   * False while the check of every page is still running in the background (a library
   * closed cleanly is opened at once and checked after the first screen): ask again.
   */
  checked: z.boolean(),
  /** The folder beside the library where its backups are kept. */
  backupFolder: z.string(),
  newestBackup: z.string().nullable(),
});

export const libraryCheck = z.object({
  ok: z.boolean(),
  /** PRAGMA integrity_check's findings (at most 20); empty when the library is whole. */
  problems: z.array(z.string()),
});

export const backupFile = z.object({
  fileName: z.string(),
  path: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  reason: z.string(),
});

export const backupResult = z.object({
  path: z.string(),
  bytes: z.number().int(),
  pages: z.number().int(),
  /** How many backups the folder keeps after this one (older ones were removed). */
  kept: z.number().int(),
});

export const restoreRequest = z.object({
  /** A backup's file name in the backup folder (or, from the command line, a path). */
  file: z.string().min(1).max(4096),
});

export const restoreResult = z.object({
  restoredFrom: z.string(),
  /** The library as it was before the restore, kept as a backup. */
  keptAs: z.string(),
  articles: z.number().int(),
});

export type LibraryHealth = z.infer<typeof libraryHealth>;
export type BackupFileInfo = z.infer<typeof backupFile>;
