// Pictures nothing refers to any more, removed. A picture is in use while any story's body
// holds its name (a story in Trash too: it can be restored), any kept revision of a story does
// (History can restore it), or a desk story's Yjs state does; and for a grace period after it
// was last added, whatever refers to it: a story being written may hold a figure its autosave
// has not stored yet, in this process or another one on the same library (the app and
// `copydesk serve`, say), or in an unsaved copy the window keeps to restore after a crash.
import type { LibraryDatabase } from "../database.ts";
import { revisionBodyText } from "./revisionStore.ts";

/** How long a picture stays after it was last added, in use or not. */
export const UNUSED_PICTURE_GRACE_MS = 30 * 24 * 60 * 60 * 1000;

// A picture's name is its SHA-256 in hex: any run of 64 hex digits in a body (or a desk story's
// state) counts as naming one, so nothing a figure still shows is ever taken for unused.
const NAME = /[0-9a-f]{64}/g;

/** Takes every picture `text` names out of `unused`; true once none is left to look for. */
function spare(text: string, unused: Set<string>): boolean {
  for (const [name] of text.matchAll(NAME)) unused.delete(name);
  return unused.size === 0;
}

export function unusedPictures(db: LibraryDatabase) {
  const candidates = db.prepare<[string], { hash: string }>("SELECT hash FROM pictures WHERE added_at < ?");
  const bodies = db.prepare<[], { body: string }>("SELECT body FROM articles");
  const deskStates = db.prepare<[], { state: Buffer }>(
    "SELECT yjs_state AS state FROM desk_stories WHERE yjs_state IS NOT NULL",
  );
  // Every revision: a picture's date is when it was last added, and History may hold an
  // earlier use of it.
  const revisions = db.prepare<[], { body: string; body_deflated: Buffer | null }>(
    "SELECT body, body_deflated FROM revisions",
  );
  const remove = db.prepare("DELETE FROM pictures WHERE hash = ?");
  /** The candidates nothing names: stories (Trash too) first, then desk states, then History. */
  const unusedOf = (found: { hash: string }[]): Set<string> => {
    const unused = new Set(found.map((p) => p.hash));
    for (const { body } of bodies.iterate()) if (spare(body, unused)) return unused;
    for (const { state } of deskStates.iterate()) if (spare(state.toString("latin1"), unused)) return unused;
    for (const revision of revisions.iterate()) if (spare(revisionBodyText(revision), unused)) break;
    return unused;
  };
  return {
    /** Removes the pictures nothing uses that were last added before `before`; how many went. */
    removeUnusedPictures: (before: string): number => {
      const found = candidates.all(before);
      if (found.length === 0) return 0;
      const unused = unusedOf(found);
      for (const hash of unused) remove.run(hash);
      return unused.size;
    },
  };
}
