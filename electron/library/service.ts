// The library service: the one implementation of the API contract (shared/api). Both
// transports (Electron IPC and the web host) and the CLI call these handlers through
// dispatch; inputs arrive already parsed by the contract's schemas. Each area of the
// newsroom answers its calls in its own module under handlers/.
import { libraryFileOps } from "./backup/operations.ts";
import { type Clock, systemClock } from "./clock.ts";
import { type ExportFolders, noFolders } from "./exportFolders.ts";
import { articleHandlers } from "./handlers/articles.ts";
import { handlerContext, type Handlers, type LibraryFileOps } from "./handlers/context.ts";
import { exportHandlers } from "./handlers/export.ts";
import { importHandlers } from "./handlers/import.ts";
import { libraryFileHandlers } from "./handlers/libraryFile.ts";
import { reviewHandlers } from "./handlers/review.ts";
import { revisionHandlers } from "./handlers/revisions.ts";
import { settingsHandlers } from "./handlers/settings.ts";
import { sourceHandlers } from "./handlers/sources.ts";
import { correctionHandlers } from "./handlers/corrections.ts";
import { commentHandlers } from "./handlers/comments.ts";
import { spellingHandlers } from "./handlers/spelling.ts";
import { lengthHandlers } from "./handlers/length.ts";
import { styleHandlers } from "./handlers/style.ts";
import { pictureHandlers } from "./handlers/pictures.ts";
import type { LibraryStore } from "./store/interface.ts";

export type { Handlers } from "./handlers/context.ts";
export { REVISION_INTERVAL_MS } from "./handlers/articles.ts";

/**
 * The service over an open store. `file` comes from whoever opened the library
 * (openLibrary); a bare store can back up but not restore, which needs a reopen.
 * `exportFolders`: where export.toFolder may write (the folders the user chose); none by default.
 */
export function createLibraryService(
  store: LibraryStore,
  clock: Clock = systemClock,
  file: LibraryFileOps = libraryFileOps({ path: store.path, store: () => store }),
  exportFolders: ExportFolders = noFolders,
): Handlers {
  const ctx = handlerContext(store, clock, file);
  return {
    ...settingsHandlers(ctx),
    ...libraryFileHandlers(ctx),
    ...articleHandlers(ctx),
    ...importHandlers(ctx),
    ...revisionHandlers(ctx),
    ...sourceHandlers(ctx),
    ...reviewHandlers(ctx),
    ...exportHandlers(ctx, exportFolders),
    ...styleHandlers(ctx),
    ...lengthHandlers(ctx),
    ...correctionHandlers(ctx),
    ...commentHandlers(ctx),
    ...spellingHandlers(ctx),
    ...pictureHandlers(ctx),
  };
}
