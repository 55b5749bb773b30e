// Open a library and get its service, for the Electron main process, the web host and the CLI.
import { createDispatch, type Dispatch, inProcessDispatch } from "./dispatch.ts";
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

export function openLibrary(path: string): OpenLibrary {
  ensureParentFolder(path);
  const store = openSqliteStore(path);
  const service = createLibraryService(store);
  return { store, service, dispatch: inProcessDispatch(createDispatch(service)), close: () => store.close() };
}

export { libraryPathFrom } from "./location.ts";
