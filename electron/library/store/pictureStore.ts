// Pictures kept in the library (content-addressed: the hash of the bytes is the name), on
// SQLite. Mixed into the library store by sqliteStore.ts.
import type { PictureType } from "../../../shared/document/pictures.ts";
import type { LibraryDatabase } from "../database.ts";
import { unusedPictures } from "./unusedPictures.ts";

export interface KeptPicture {
  hash: string;
  mime: PictureType;
  width: number;
  height: number;
}

export interface PictureReader {
  /** The picture's type and size, without its bytes. */
  pictureInfo(hash: string): KeptPicture | undefined;
  pictureBytes(hash: string): Buffer | undefined;
}

export interface PictureWriter {
  /**
   * Keep a picture; one already kept (the same bytes) keeps its bytes and is dated `addedAt`,
   * so the grace before an unused picture is removed starts again (unusedPictures.ts).
   */
  keepPicture(picture: KeptPicture & { bytes: Buffer; addedAt: string }): void;
  /** Remove the pictures nothing refers to, last added before `before`; how many went. */
  removeUnusedPictures(before: string): number;
}

export function pictureStore(db: LibraryDatabase): { reader: PictureReader; writer: PictureWriter } {
  const info = db.prepare<[string], KeptPicture>(
    `SELECT hash, mime, width, height FROM pictures WHERE hash = ?`,
  );
  const bytes = db.prepare<[string], { bytes: Buffer }>(`SELECT bytes FROM pictures WHERE hash = ?`);
  const insert = db.prepare(
    `INSERT INTO pictures (hash, mime, width, height, bytes, added_at)
     VALUES (@hash, @mime, @width, @height, @bytes, @addedAt)
     ON CONFLICT (hash) DO UPDATE SET added_at = max(added_at, excluded.added_at)`,
  );
  const unused = unusedPictures(db);
  return {
    reader: {
      pictureInfo: (hash) => info.get(hash),
      pictureBytes: (hash) => bytes.get(hash)?.bytes,
    },
    writer: {
      keepPicture: (picture) => {
        insert.run(picture);
      },
      removeUnusedPictures: unused.removeUnusedPictures,
    },
  };
}
