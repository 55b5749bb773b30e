// Taking pictures into the library: the bytes are read for their type and size (image-size),
// refused unless they are a picture type the library keeps, and stored once under their
// SHA-256. A story's figures that arrive with their picture inline (a data: address from a Word
// file, a saved page or Markdown) are given the kept picture's name instead.
import { createHash } from "node:crypto";
import { imageSize } from "image-size";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import {
  dataUriPicture,
  isPictureType,
  mapFigures,
  PICTURE_LIMIT,
  type PictureType,
} from "../../shared/document/pictures.ts";
import type { KeptPicture } from "./store/pictureStore.ts";
import type { LibraryWriter } from "./store/interface.ts";
import { UNUSED_PICTURE_GRACE_MS } from "./store/unusedPictures.ts";

// image-size names types by extension; the library keeps them by MIME type.
const TYPE_OF: Record<string, PictureType> = {
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
};

/** What the bytes are, or why they are not a picture the library keeps. */
export function readPicture(bytes: Uint8Array): Omit<KeptPicture, "hash"> | { refused: string } {
  if (bytes.length === 0) return { refused: "the file is empty" };
  if (bytes.length > PICTURE_LIMIT) return { refused: `it is larger than ${PICTURE_LIMIT / 1_000_000} MB` };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { refused: "it is not a picture (PNG, JPEG, GIF or WebP)" };
  }
  const mime = TYPE_OF[size.type ?? ""];
  if (!mime || !isPictureType(mime) || !size.width || !size.height)
    return {
      refused: `${size.type?.toUpperCase() ?? "this type"} is not a picture type the library keeps (PNG, JPEG, GIF or WebP)`,
    };
  // A JPEG turned on its side by its EXIF orientation is drawn with width and height swapped.
  const turned = (size.orientation ?? 1) >= 5;
  return { mime, width: turned ? size.height : size.width, height: turned ? size.width : size.height };
}

/** Keep the picture (once: the same bytes kept before are not stored again) and return its name. */
export function keepPicture(
  writer: Pick<LibraryWriter, "keepPicture">,
  bytes: Buffer,
  now: string,
  what = "The picture",
): KeptPicture {
  const read = readPicture(bytes);
  if ("refused" in read) throw new CopydeskError("refused", `${what} was not kept: ${read.refused}.`);
  const hash = createHash("sha256").update(bytes).digest("hex");
  writer.keepPicture({ hash, ...read, bytes, addedAt: now });
  return { hash, ...read };
}

/**
 * The body with each inline picture (a data: address) kept in the library and named by its
 * hash. A picture that cannot be kept leaves its figure out, and `notes` says so.
 */
export function keepBodyPictures(
  writer: Pick<LibraryWriter, "keepPicture">,
  body: ArticleBody,
  now: string,
): { body: ArticleBody; notes: string[] } {
  let dropped = 0;
  const kept = mapFigures(body, (figure) => {
    const inline = dataUriPicture(figure.src);
    if (!inline) return figure.src.trim().startsWith("data:") ? (dropped++, null) : figure;
    const bytes = Buffer.from(inline.base64, "base64");
    const read = readPicture(bytes);
    if ("refused" in read) {
      dropped++;
      return null;
    }
    const picture = keepPicture(writer, bytes, now);
    return { ...figure, src: "", image: picture.hash, width: picture.width, height: picture.height };
  });
  const notes =
    dropped > 0
      ? [
          `${dropped} picture${dropped === 1 ? " was" : "s were"} left out: not a PNG, JPEG, GIF or WebP picture.`,
        ]
      : [];
  return { body: kept, notes };
}

/**
 * Removes the pictures nothing refers to any more (store/unusedPictures.ts says what refers to
 * one), sparing every picture added within the grace period before `now`. How many went.
 * It reads every story and, while a candidate is left, every version in History.
 */
export function removeUnusedPictures(
  writer: Pick<LibraryWriter, "removeUnusedPictures">,
  now: string,
): number {
  return writer.removeUnusedPictures(new Date(Date.parse(now) - UNUSED_PICTURE_GRACE_MS).toISOString());
}

/** The setting that holds when a host's open last looked for unused pictures. */
const SWEPT_AT = "picturesSweptAt";
/** How often an open looks: reading every story and its History is not for every open. */
export const PICTURE_SWEEP_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

/** On a host's open: removeUnusedPictures, unless it ran less than a week ago. */
export function sweepUnusedPictures(
  writer: Pick<LibraryWriter, "removeUnusedPictures" | "getSetting" | "setSetting">,
  now: string,
): number {
  const last = Date.parse(writer.getSetting(SWEPT_AT) ?? "");
  if (Date.parse(now) - last < PICTURE_SWEEP_EVERY_MS) return 0;
  const removed = removeUnusedPictures(writer, now);
  writer.setSetting(SWEPT_AT, now);
  return removed;
}
