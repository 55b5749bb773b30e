// The library file itself: its health, an integrity check, backups and restore.
import type { HandlerContext, HandlerGroup } from "./context.ts";

type LibraryFileCalls =
  "library.health" | "library.check" | "library.backups" | "library.backup" | "library.restore";

export function libraryFileHandlers({ store, file }: HandlerContext): HandlerGroup<LibraryFileCalls> {
  return {
    "library.health": () => file.health(),
    "library.check": () => {
      const problems = store.check();
      return { ok: problems.length === 0, problems };
    },
    "library.backups": () => file.backups(),
    "library.backup": () => file.backup(),
    "library.restore": ({ file: name }) => file.restore(name),
  };
}
