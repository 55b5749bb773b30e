// What every handler module is given, and the shape they add up to. The service
// (service.ts) builds one context and spreads each module's handlers into one object.
import type { CallName, CallOutput, Contract } from "../../../shared/api/contract.ts";
import type { z } from "zod";
import type { Clock } from "../clock.ts";
import type { LibraryStore } from "../store/interface.ts";
import { editorNameIn } from "../editorName.ts";

/** Calls that do file work answer later (async fs), so the others are not held up meanwhile. */
export type AsyncCall = "export.toFolder" | "library.backup" | "library.restore" | "articles.importFile";

/** One function per contract call; inputs arrive already parsed by the contract's schemas. */
export type Handlers = {
  [N in CallName]: (
    input: z.output<Contract[N]["input"]>,
  ) => N extends AsyncCall ? Promise<CallOutput<N>> : CallOutput<N>;
};

/**
 * What only the opener of the library file can do: back it up, and put a backup back
 * (which closes and reopens the file underneath the service).
 */
export interface LibraryFileOps {
  health(): CallOutput<"library.health">;
  backups(): CallOutput<"library.backups">;
  backup(): Promise<CallOutput<"library.backup">>;
  restore(file: string): Promise<CallOutput<"library.restore">>;
}

/** The calls one handler module answers. */
export type HandlerGroup<N extends CallName> = Pick<Handlers, N>;

export interface HandlerContext {
  store: LibraryStore;
  clock: Clock;
  file: LibraryFileOps;
  /** Who signs off and overrides: the name set in the library, else the system user. */
  editorName(): string;
}

export function handlerContext(store: LibraryStore, clock: Clock, file: LibraryFileOps): HandlerContext {
  return { store, clock, file, editorName: () => editorNameIn(store) };
}
