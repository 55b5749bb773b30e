// The spellchecker's word list from the library: the words of every source's name and
// organization. Electron's main process feeds it to the session's dictionary; browsers
// cannot take a custom word list, so the web host only answers the call.
import { spellingWords } from "../../../shared/language/spellingWords.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

/** More sources than any newsroom keeps on file; a bound on one answer. */
const ALL_SOURCES = 200_000;

export function spellingHandlers({ store }: HandlerContext): HandlerGroup<"sources.spellingWords"> {
  return {
    "sources.spellingWords": () => ({
      words: spellingWords(
        store.findSources("", ALL_SOURCES).flatMap((source) => [source.name, source.organization ?? ""]),
      ),
    }),
  };
}
