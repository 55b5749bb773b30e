// Putting a backup back: check that the file is a whole Copydesk library this version
// reads, then copy it over the library (which the caller has closed) with SQLite's
// backup API, so another process that has the library open sees the restored content
// rather than a file swapped out under it.
import Database from "better-sqlite3";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { inspectLibraryFile } from "../libraryFile.ts";
import { MIGRATIONS } from "../migrations/index.ts";

/** Refuse anything but a whole Copydesk library; nothing is changed by looking. */
export function checkBackupFile(file: string): void {
  if (!existsSync(file)) throw new CopydeskError("not-found", `There is no file at ${file}.`);
  const inspection = inspectLibraryFile(file, MIGRATIONS);
  if (inspection.kind === "fresh") {
    throw new CopydeskError("refused", `${file} is empty, not a Copydesk backup. Nothing was changed.`);
  }
  if (inspection.damage.length > 0) {
    throw new CopydeskError(
      "refused",
      `${file} is damaged (${inspection.damage[0]}); choose another backup. Nothing was changed.`,
    );
  }
}

/** Copy `file` over the library at `libraryPath`, which must be closed in this process. */
export async function restoreFile(libraryPath: string, file: string): Promise<void> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // One step: the copy holds the library's write lock from start to end.
    await source.backup(libraryPath, { progress: () => 0x7fffffff });
  } catch {
    // The library itself is too damaged to be written page by page: replace the file.
    source.close();
    replaceFile(libraryPath, file);
    return;
  }
  source.close();
}

function replaceFile(libraryPath: string, file: string): void {
  for (const suffix of ["-wal", "-shm"]) rmSync(`${libraryPath}${suffix}`, { force: true });
  copyFileSync(file, libraryPath);
}

/** The library's files as they are, for when it is too damaged for a page-by-page copy. */
export function keepRawCopy(libraryPath: string, destination: string): void {
  copyFileSync(libraryPath, destination);
  if (existsSync(`${libraryPath}-wal`)) copyFileSync(`${libraryPath}-wal`, `${destination}-wal`);
}
