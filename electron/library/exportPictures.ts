// A story's pictures as an export needs them. A page shown or saved alone carries its pictures
// inline (data: addresses), so it is whole in one file; a page written into a folder points
// at files in an `images/` folder beside it, one file per picture (named by its hash, so
// a picture in ten stories is written once).
import { constants } from "node:fs";
import { lstat, mkdir, open, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { mapFigures, pictureFileName } from "../../shared/document/pictures.ts";
import { bounded, refuse } from "./exportFolders.ts";
import type { LibraryReader } from "./store/interface.ts";

export type PicturePlace = "inline" | "beside";

export interface PictureFile {
  /** The file's name inside images/. */
  name: string;
  bytes: Buffer;
}

export const PICTURE_FOLDER = "images";

/** The body with each kept picture's address set for `place`, and the files to write beside it. */
export function placePictures(
  store: Pick<LibraryReader, "pictureInfo" | "pictureBytes">,
  body: ArticleBody,
  place: PicturePlace,
): { body: ArticleBody; files: PictureFile[] } {
  const files = new Map<string, PictureFile>();
  const placed = mapFigures(body, (figure) => {
    if (!figure.image) return figure;
    const info = store.pictureInfo(figure.image);
    const bytes = store.pictureBytes(figure.image);
    if (!info || !bytes) return null; // a caption without its picture would describe nothing
    const name = pictureFileName(info.hash, info.mime);
    if (place === "beside") files.set(name, { name, bytes });
    const src =
      place === "inline"
        ? `data:${info.mime};base64,${bytes.toString("base64")}`
        : `${PICTURE_FOLDER}/${name}`;
    return { ...figure, src, width: info.width, height: info.height };
  });
  return { body: placed, files: [...files.values()] };
}

/**
 * Write the pictures into `folder`/images, a real folder (never through a link). A file of
 * that name already there is the same picture (the name is its hash) and is left alone.
 */
export async function writePictureFiles(folder: string, files: PictureFile[]): Promise<void> {
  if (files.length === 0) return;
  const images = join(folder, PICTURE_FOLDER);
  await bounded(mkdir(images), `Writing ${images}`).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw refuse(`Could not make ${images}.`);
  });
  const found = await bounded(lstat(images), `Writing ${images}`);
  if (!found.isDirectory()) throw refuse(`${images} is not a folder; the pictures were not written.`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  for (const file of files) {
    const path = join(images, file.name);
    let handle;
    try {
      handle = await bounded(open(path, flags, 0o644), `Writing ${path}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw refuse(`Could not write ${path} (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
    }
    try {
      await bounded(handle.writeFile(file.bytes), `Writing ${path}`);
      await handle.close();
    } catch (error) {
      // No half-written picture left under a name that says it is whole.
      await handle.close().catch(() => {});
      await unlink(path).catch(() => {});
      throw refuse(`Could not write ${path} (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
    }
  }
}
