// The library store on SQLite (better-sqlite3): one small store per part of the library
// (articles, revisions, sources…), each preparing its statements once and parsing its JSON
// columns so callers only see typed records, composed here into one reader and one writer.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { copyLibrary } from "../backup/copy.ts";
import { openLibraryConnection, type OpenOptions } from "../database.ts";
import { checkProblems } from "../libraryFile.ts";
import { articleStore } from "./articleStore.ts";
import { commentStore } from "./commentStore.ts";
import { correctionStore } from "./correctionStore.ts";
import { deskStoryStore } from "./deskStoryStore.ts";
import { importStore } from "./importStore.ts";
import type { LibraryReader, LibraryStore, LibraryWriter } from "./interface.ts";
import { pictureStore } from "./pictureStore.ts";
import { revisionStore } from "./revisionStore.ts";
import { settingStore } from "./settingStore.ts";
import { sourceStore } from "./sourceStore.ts";
import { lengthStore, styleStore } from "./styleStore.ts";

const READ_ONLY_MESSAGE =
  "This library is damaged, so it is open read-only and nothing in it can be changed. Restore it from a backup (Library ▸ Restore…, or copydesk restore FILE), or export what can still be read.";

export interface StoreOptions extends OpenOptions {
  /** Above this many matching articles a search is paged by edit date (tests lower it). */
  searchCommonDocs?: number;
}

export function openSqliteStore(path: string, options?: StoreOptions): LibraryStore {
  const { db, health } = openLibraryConnection(path, options);
  const sources = sourceStore(db);
  const articles = articleStore(db, {
    health,
    replaceQuotes: sources.writer.replaceQuotes,
    searchCommonDocs: options?.searchCommonDocs,
  });
  const revisions = revisionStore(db);
  const settings = settingStore(db);
  const imports = importStore(db);
  const style = styleStore(db);
  const length = lengthStore(db);
  const corrections = correctionStore(db);
  const deskStories = deskStoryStore(db);
  const comments = commentStore(db);
  const pictures = pictureStore(db);
  // Spelt out, not folded, so the compiler checks that every method has a store behind it.
  const reader: LibraryReader = {
    ...articles.reader,
    ...sources.reader,
    ...revisions.reader,
    ...settings.reader,
    ...imports.reader,
    ...style.reader,
    ...length.reader,
    ...corrections.reader,
    ...deskStories.reader,
    ...comments.reader,
    ...pictures.reader,
  };
  const writer: LibraryWriter = {
    ...reader,
    ...articles.writer,
    ...sources.writer,
    ...revisions.writer,
    ...settings.writer,
    ...imports.writer,
    ...style.writer,
    ...length.writer,
    ...corrections.writer,
    ...deskStories.writer,
    ...comments.writer,
    ...pictures.writer,
  };

  return {
    ...reader,
    path,
    health,
    close: () => {
      articles.pending.stop();
      try {
        articles.pending.flush();
      } finally {
        db.close();
      }
    },
    backup: (destination, copyOptions) => copyLibrary(db, destination, copyOptions),
    check: () => checkProblems(db, "integrity_check"),
    // IMMEDIATE: take the write lock up front, so a CLI import and the app never trip over
    // each other halfway through a transaction.
    transaction: (work) => {
      if (health.readOnly) throw new CopydeskError("refused", READ_ONLY_MESSAGE);
      return db.transaction(() => work(writer)).immediate();
    },
  };
}
