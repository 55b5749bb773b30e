// Pictures in a story. A figure's picture is kept once in the library, named by the SHA-256 of
// its bytes (`image`); a figure may instead point at an address elsewhere (`src`). Only raster
// formats every browser draws are kept: an SVG can carry script and is never taken in.
import type { ArticleBody, BlockNodeJSON, FigureNodeJSON } from "./nodes.ts";

/** The picture types the library keeps, with the file extension an export gives them. */
export const PICTURE_TYPES = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
} as const;

export type PictureType = keyof typeof PICTURE_TYPES;

export const isPictureType = (mime: string): mime is PictureType => Object.hasOwn(PICTURE_TYPES, mime);

/** The most one picture may weigh (a full-size news photo is 2 to 8 MB). */
export const PICTURE_LIMIT = 15_000_000;

export const PICTURE_HASH = /^[0-9a-f]{64}$/;

/** The bytes of a `data:image/…;base64,` address as base64, with their type; null for any other address. */
export function dataUriPicture(src: string): { mime: PictureType; base64: string } | null {
  const match = /^data:(image\/[a-z+.-]+);base64,([A-Za-z0-9+/=\s]+)$/i.exec(src.trim());
  if (!match) return null;
  const mime = match[1].toLowerCase();
  return isPictureType(mime) ? { mime, base64: match[2].replace(/\s+/g, "") } : null;
}

/** The story's figures, in order. (Figures are blocks: they stand only at the top of the body.) */
export const figuresOf = (body: ArticleBody): FigureNodeJSON[] =>
  body.root.children.filter((b): b is FigureNodeJSON => b.type === "figure");

/** A copy of the body with each figure passed through `change` (null removes it). */
export function mapFigures(
  body: ArticleBody,
  change: (figure: FigureNodeJSON) => FigureNodeJSON | null,
): ArticleBody {
  const children: BlockNodeJSON[] = [];
  for (const block of body.root.children) {
    if (block.type !== "figure") children.push(block);
    else {
      const changed = change(block);
      if (changed) children.push(changed);
    }
  }
  return { root: { ...body.root, children } };
}

/** The name an exported picture file gets: its hash (so one picture is one file) and its type. */
export const pictureFileName = (hash: string, mime: PictureType) =>
  `${hash.slice(0, 16)}.${PICTURE_TYPES[mime]}`;
