// Pictures kept in the library (content-addressed: the hash of the bytes is the name), on
// SQLite. Mixed into the library store by sqliteStore.ts.
import type { PictureType } from "../../../shared/document/pictures.ts";
import type { LibraryDatabase } from "../database.ts";

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
  /** Keep a picture; one already kept (the same bytes) is left as it is. */
  keepPicture(picture: KeptPicture & { bytes: Buffer; addedAt: string }): void;
}

export function pictureStore(db: LibraryDatabase): { reader: PictureReader; writer: PictureWriter } {
  const info = db.prepare<[string], KeptPicture>(
    `SELECT hash, mime, width, height FROM pictures WHERE hash = ?`,
  );
  const bytes = db.prepare<[string], { bytes: Buffer }>(`SELECT bytes FROM pictures WHERE hash = ?`);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO pictures (hash, mime, width, height, bytes, added_at)
     VALUES (@hash, @mime, @width, @height, @bytes, @addedAt)`,
  );
  return {
    reader: {
      pictureInfo: (hash) => info.get(hash),
      pictureBytes: (hash) => bytes.get(hash)?.bytes,
    },
    writer: {
      keepPicture: (picture) => {
        insert.run(picture);
      },
    },
  };
}
