// A consistent copy of an open library, taken while it stays open and in use. SQLite's
// online backup copies a few pages per step so the app stays responsive and progress
// can be shown; but a write by another process (the CLI, a second window) between steps
// restarts it, and under steady writes it would restart forever. So after the first
// restart the rest is copied in one step, which holds one read snapshot and finishes.
import Database from "better-sqlite3";
import { renameSync, rmSync, statSync } from "node:fs";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { checkProblems, type LibraryDatabase } from "../libraryFile.ts";

export interface BackupProgress {
  copiedPages: number;
  totalPages: number;
  /** How often another process's write made the copy start over. */
  restarts: number;
}

export interface BackupResult {
  path: string;
  bytes: number;
  pages: number;
  restarts: number;
}

export interface CopyOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Pages per step before any restart; by default about 1% of the library, 64 to 4096. */
  pagesPerStep?: number;
}

/** Everything that is left, in one step. */
const ALL_REMAINING = 0x7fffffff;

export async function copyLibrary(
  db: LibraryDatabase,
  destination: string,
  options: CopyOptions = {},
): Promise<BackupResult> {
  // Written beside the destination and renamed when whole: a crash mid-copy never leaves
  // a half-written file under a backup's name.
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  let previousRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  let pages = 0;
  try {
    const done = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > previousRemaining) restarts += 1;
        previousRemaining = remainingPages;
        pages = totalPages;
        options.onProgress?.({ copiedPages: totalPages - remainingPages, totalPages, restarts });
        if (restarts > 0) return ALL_REMAINING;
        return options.pagesPerStep ?? Math.min(4096, Math.max(64, Math.ceil(totalPages / 100)));
      },
    });
    pages = done.totalPages;
    verifyCopy(partial);
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError("refused", `The backup could not be written: ${(error as Error).message}`);
  }
  options.onProgress?.({ copiedPages: pages, totalPages: pages, restarts });
  return { path: destination, bytes: statSync(destination).size, pages, restarts };
}

/** A backup that cannot be read back is no backup: check it before giving it a name. */
function verifyCopy(path: string): void {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const problems = checkProblems(copy, "quick_check");
    if (problems.length > 0) {
      throw new CopydeskError("refused", `The backup did not read back whole (${problems[0]}).`);
    }
  } finally {
    copy.close();
  }
}
