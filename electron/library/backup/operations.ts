// The library file's operations as the service offers them: health (with the way on
// when the file is damaged), backups into the folder beside it with rotation, and
// restore, which keeps the library it replaces as a backup first.
import { mkdirSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import type { LibraryFileOps } from "../handlers/context.ts";
import type { LibraryStore } from "../store/interface.ts";
import type { BackupProgress } from "./copy.ts";
import { backupFolderOf, backupPathFor, type BackupReason, listBackups, rotateBackups } from "./folder.ts";
import { checkBackupFile, keepRawCopy, restoreFile } from "./restore.ts";

export interface BackupPolicy {
  /** How many backups the folder keeps (the newest); 10 by default. */
  keep?: number;
  /** Restore only from the backup folder (the app, the web host) or from any path (the CLI). */
  restoreFrom?: "backups" | "anywhere";
  onBackupProgress?: (progress: BackupProgress) => void;
  now?: () => Date;
}

/** What the ops need from whoever opened the library. */
export interface LibraryFileHost {
  path: string;
  store(): LibraryStore;
  /**
   * Run `prepare` with the library open, close it, run `work`
   * on the closed file and open it again. Absent for a bare store.
   */
  reopenAround?: (prepare: () => Promise<void>, work: () => Promise<void>) => Promise<void>;
}

export type FileOps = LibraryFileOps & {
  backupNow(reason: BackupReason): ReturnType<LibraryFileOps["backup"]>;
  /** True while a restore has the library closed. */
  restoring(): boolean;
};

export const DEFAULT_KEEP = 10;

function damageMessage(host: LibraryFileHost, damage: string[]): string {
  const newest = listBackups(host.path)[0];
  const wayOn = newest
    ? `restore the newest backup (${newest.fileName}, ${newest.createdAt}) with Restore…, or export what can still be read`
    : `there is no backup in ${backupFolderOf(host.path)}, so export what can still be read`;
  return `${host.path} is damaged (${damage[0]}). It is open read-only so nothing more is lost: ${wayOn}.`;
}

export function libraryFileOps(host: LibraryFileHost, policy: BackupPolicy = {}): FileOps {
  const keep = policy.keep ?? DEFAULT_KEEP;
  const now = policy.now ?? (() => new Date());
  let restoring = false;

  const backupNow = async (reason: BackupReason) => {
    const store = host.store();
    mkdirSync(backupFolderOf(host.path), { recursive: true });
    const destination = backupPathFor(host.path, now(), reason);
    if (store.health.readOnly) {
      if (reason !== "before-restore") {
        throw new CopydeskError(
          "refused",
          "This library is damaged, so a backup would carry the damage. Export what can be read, or restore a backup.",
        );
      }
      // Kept as it is, damage and all: someone may still want what it held.
      keepRawCopy(host.path, destination);
      return { path: destination, bytes: 0, pages: 0, kept: listBackups(host.path).length };
    }
    const result = await store.backup(destination, { onProgress: policy.onBackupProgress });
    const kept = reason === "before-restore" ? listBackups(host.path).length : rotateBackups(host.path, keep);
    return { path: result.path, bytes: result.bytes, pages: result.pages, kept };
  };

  /** A backup's file name from the folder, or (from the command line) any path. */
  const resolveBackup = (name: string): string => {
    const listed = listBackups(host.path).find((b) => b.fileName === name);
    if (listed) return listed.path;
    if (policy.restoreFrom === "anywhere" && isAbsolute(name)) return name;
    throw new CopydeskError(
      "not-found",
      `There is no backup called ${name} in ${backupFolderOf(host.path)}.`,
    );
  };

  return {
    backupNow,
    restoring: () => restoring,
    health: () => {
      const { health } = host.store();
      const newest = listBackups(host.path)[0];
      return {
        readOnly: health.readOnly,
        problem: health.damage.length > 0 ? damageMessage(host, health.damage) : null,
        checked: health.checked,
        backupFolder: backupFolderOf(host.path),
        newestBackup: newest?.path ?? null,
      };
    },
    backups: () => listBackups(host.path),
    backup: () => backupNow("manual"),
    restore: async (name) => {
      const reopenAround = host.reopenAround;
      if (!reopenAround) throw new CopydeskError("refused", "Restore needs the library opened by Copydesk.");
      const file = resolveBackup(name);
      if (resolve(file) === resolve(host.path)) {
        throw new CopydeskError("bad-input", "That is the library itself, not a backup of it.");
      }
      checkBackupFile(file);
      let keptAs = "";
      restoring = true;
      try {
        await reopenAround(
          async () => {
            keptAs = (await backupNow("before-restore")).path;
          },
          () => restoreFile(host.path, file),
        );
      } finally {
        restoring = false;
      }
      return { restoredFrom: file, keptAs, articles: host.store().countArticles() };
    },
  };
}
