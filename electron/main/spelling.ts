// The spellchecker's own word list in the desktop app: the words of the library's source names
// (the library's "sources.spellingWords" call) go into the session's dictionary when the library
// opens and again after a call that can add or rename a source. Words already given are not
// given twice. Not run by any test here (no Electron binary); the word list itself is tested in
// shared/language/spellingWords.test.ts and electron/library/comments.test.ts.
import type { Session } from "electron";
import type { Dispatch } from "../library/dispatch.ts";

/** Calls after which the library's source names may have changed. */
const NAME_CHANGES = new Set(["sources.create", "sources.update", "sources.merge", "library.restore"]);

export interface SpellcheckerWords {
  /** Give the session every source-name word it does not have yet. */
  refresh(): Promise<void>;
  /** The same dispatch, refreshing the words after a call that changes source names. */
  watch(dispatch: Dispatch): Dispatch;
}

export function spellcheckerWords(session: Session, dispatch: Dispatch): SpellcheckerWords {
  const given = new Set<string>();
  const refresh = async () => {
    const answer = await dispatch("sources.spellingWords", {});
    if (!answer.ok) return;
    for (const word of (answer.value as { words: string[] }).words) {
      if (given.has(word)) continue;
      session.addWordToSpellCheckerDictionary(word);
      given.add(word);
    }
  };
  return {
    refresh,
    watch: (inner) => (name, input) => {
      const answer = inner(name, input);
      if (NAME_CHANGES.has(name)) void Promise.resolve(answer).then(refresh, () => undefined);
      return answer;
    },
  };
}
