// Open a library and get its service, for the Electron main process, the web host and the CLI.
// The handle outlives the file's connection: a restore closes the library, puts the
// backup in place and opens it again, and every call after that reaches the new one.
import { CALL_NAMES } from "../../shared/api/contract.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { type BackupPolicy, type FileOps, libraryFileOps } from "./backup/operations.ts";
import { type BackupSchedule, scheduleBackups } from "./backup/schedule.ts";
import { type BackgroundCheck, checkInBackground } from "./backgroundCheck.ts";
import { systemClock } from "./clock.ts";
import { createDispatch, type Dispatch } from "./dispatch.ts";
import type { ExportFolders } from "./exportFolders.ts";
import type { Handlers } from "./handlers/context.ts";
import { ensureParentFolder } from "./location.ts";
import { sweepUnusedPictures } from "./pictures.ts";
import { createLibraryService } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import type { OpenCheck } from "./libraryFile.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";

export interface OpenLibrary {
  readonly path: string;
  /** The store as open now (a restore replaces it). */
  readonly store: LibraryStore;
  readonly service: Handlers;
  readonly dispatch: Dispatch;
  /** Backups, restore and health, for the hosts (scheduled backups, the menu). */
  readonly file: FileOps;
  close(): void;
}

export interface LibraryOptions extends BackupPolicy {
  /** Scheduled backups while the library is open (see backup/schedule.ts); false for none. */
  schedule?: BackupSchedule | false;
  /** Where export.toFolder may write (the user's chosen folders); none by default. */
  exportFolders?: ExportFolders;
  /** When quick_check runs on open (see libraryFile.ts); after an unclean shutdown by default. */
  check?: OpenCheck;
  /**
   * For a host that keeps the library open (the app, `copydesk serve`): check a cleanly
   * closed library's pages in the background this long after opening (backgroundCheck.ts).
   */
  backgroundCheckAfterMs?: number;
}

/**
 * Unused pictures go on the open of a host that keeps the library open (the app, `copydesk
 * serve`; at most once a week), and only once its pages are known sound (the check after an
 * unclean shutdown, or the one in the background): nothing is deleted from a file that might
 * be damaged. A sweep that cannot run now (the library is busy or was closed) waits for the
 * next open.
 */
function sweepPictures(store: LibraryStore): void {
  try {
    store.transaction((writer) => sweepUnusedPictures(writer, systemClock.now()));
  } catch {
    // Not now: the pictures stay until the next sweep.
  }
}

export function openLibrary(path: string, options: LibraryOptions = {}): OpenLibrary {
  ensureParentFolder(path);
  let check: BackgroundCheck | null = null;
  const open = () => {
    const opened = openSqliteStore(path, { check: options.check });
    check?.stop();
    if (options.backgroundCheckAfterMs !== undefined) {
      check = checkInBackground(opened, options.backgroundCheckAfterMs);
      void check.done.then((problems) => problems?.length === 0 && sweepPictures(opened));
    }
    return opened;
  };
  let store = open();
  const file = libraryFileOps(
    {
      path,
      store: () => store,
      reopenAround: async (prepare, work) => {
        await prepare();
        store.close();
        try {
          await work();
        } finally {
          store = open();
          current = createLibraryService(store, systemClock, file, options.exportFolders);
        }
      },
    },
    options,
  );
  let current = createLibraryService(store, systemClock, file, options.exportFolders);
  // Every call looks the service up when it is made, so it reaches the library as open now.
  const service = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      (input: unknown) => {
        if (file.restoring())
          throw new CopydeskError("refused", "The library is being restored; try again in a moment.");
        return (current[name] as (input: unknown) => unknown)(input);
      },
    ]),
  ) as Handlers;
  const stopSchedule =
    options.schedule === false ? () => {} : scheduleBackups({ path, file }, options.schedule);
  return {
    path,
    get store() {
      return store;
    },
    service,
    dispatch: createDispatch(service),
    file,
    close: () => {
      stopSchedule();
      check?.stop();
      store.close();
    },
  };
}

export { libraryPathFrom } from "./location.ts";
