// Pictures between the editor and the library: files (inserted, dropped, pasted) are kept in
// the library, and a kept picture is drawn from a blob: address made once per picture.
import { CopydeskError } from "../../../../shared/api/envelope.ts";
import { isPictureType, PICTURE_LIMIT } from "../../../../shared/document/pictures.ts";
import { base64, fromBase64 } from "../../../client/base64.ts";

// The client is loaded when a picture is first kept or drawn, not with the figure node, so
// the node (and headless editors that use it) load without a window.
const theClient = async () => (await import("../../../client/index.ts")).client;

export interface KeptPicture {
  hash: string;
  width: number;
  height: number;
  /** The alt text it came with, else the file's name without its extension: a start for the alt text, never the caption. */
  name: string;
}

export const isPictureFile = (file: File) => file.type.startsWith("image/");

/**
 * Keep each picture file in the library, in order; a file that cannot be kept is named with the
 * reason. `alts`: the alt text each file came with, if any (a pasted <img alt>).
 */
export async function keepPictureFiles(
  files: File[],
  alts: readonly string[] = [],
): Promise<{ kept: KeptPicture[]; refused: string[] }> {
  const kept: KeptPicture[] = [];
  const refused: string[] = [];
  for (const [i, file] of files.entries()) {
    if (!isPictureType(file.type)) {
      refused.push(
        `${file.name || "The picture"} was not added: only PNG, JPEG, GIF and WebP pictures go in a story.`,
      );
      continue;
    }
    if (file.size > PICTURE_LIMIT) {
      refused.push(`${file.name} was not added: it is larger than ${PICTURE_LIMIT / 1_000_000} MB.`);
      continue;
    }
    try {
      const data = base64(new Uint8Array(await file.arrayBuffer()));
      const picture = await (await theClient())["pictures.add"]({ data, fileName: file.name || undefined });
      kept.push({ ...picture, name: alts[i] ?? (file.name || "").replace(/\.[^.]+$/, "") });
    } catch (error) {
      refused.push(error instanceof CopydeskError ? error.message : `${file.name} was not added.`);
    }
  }
  return { kept, refused };
}

const urls = new Map<string, Promise<string>>();

/** A blob: address for a kept picture (made once per picture and kept for the session). */
export function pictureUrl(hash: string): Promise<string> {
  let url = urls.get(hash);
  if (!url) {
    url = theClient()
      .then((client) => client["pictures.get"]({ hash }))
      .then(({ data, mime }) => URL.createObjectURL(new Blob([fromBase64(data)], { type: mime })));
    url.catch(() => urls.delete(hash));
    urls.set(hash, url);
  }
  return url;
}
