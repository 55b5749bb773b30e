// Open a library and get its service, for the Electron main process, the web host and the CLI.
import { createDispatch, type Dispatch } from "./dispatch.ts";
import type { ExportFolders } from "./exportFolders.ts";
import { ensureParentFolder } from "./location.ts";
import { createLibraryService, type Handlers } from "./service.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";
import type { LibraryStore } from "./store/interface.ts";

export interface OpenLibrary {
  store: LibraryStore;
  service: Handlers;
  dispatch: Dispatch;
  close(): void;
}

export interface LibraryOptions {
  /** Where export.toFolder may write (the user's chosen folders); none by default. */
  exportFolders?: ExportFolders;
}

export function openLibrary(path: string, options: LibraryOptions = {}): OpenLibrary {
  ensureParentFolder(path);
  const store = openSqliteStore(path);
  const service = createLibraryService(store, undefined, options.exportFolders);
  return { store, service, dispatch: createDispatch(service), close: () => store.close() };
}

export { libraryPathFrom } from "./location.ts";
