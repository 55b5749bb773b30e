// The pictures in pasted HTML, sorted before the cleaner drops every picture element: a picture
// carried inside the paste (a data: address, as a copy from Google Docs, Word or an editor holds
// it) comes in as a figure, through the same keeping as a pasted picture file; a picture from
// the web is never fetched (nothing leaves the machine unasked), so it is left out and counted;
// a tracking pixel is dropped unsaid; anything else (SVG, video, canvas) is left out and counted.
import { dataUriPicture, PICTURE_TYPES } from "../../../../shared/document/pictures.ts";
import { fromBase64 } from "../../../client/base64.ts";

export const PICTURES = "img, picture, svg, video, audio, canvas";

export interface PastedPictures {
  /** Pictures that came with the paste, as files, each with the alt text it was pasted with. */
  carried: { file: File; alt: string }[];
  /** Pictures on the web, left out and not downloaded. */
  fromWeb: number;
  /** Other pictures left out (SVG, video, a type the library does not keep). */
  other: number;
}

/** A 1x1 (or hidden) image is a tracking pixel, not a picture. */
function isTrackingPixel(element: Element): boolean {
  const size = (name: string) => Number.parseInt(element.getAttribute(name) ?? "", 10);
  return (
    (size("width") <= 2 && size("height") <= 2) ||
    /display:\s*none/i.test(element.getAttribute("style") ?? "")
  );
}

/** The picture's bytes as a file named by its alt text (the name a refusal says). */
function carriedFile(src: string, alt: string): File | null {
  const inline = dataUriPicture(src);
  if (!inline) return null;
  const name = `${alt || "A pasted picture"}.${PICTURE_TYPES[inline.mime]}`;
  try {
    return new File([fromBase64(inline.base64)], name, { type: inline.mime });
  } catch {
    return null; // not base64 after all: left out with the others
  }
}

/** Sorts the paste's pictures and takes every picture element out of `doc`. */
export function takePastedPictures(doc: Document): PastedPictures {
  const found: PastedPictures = { carried: [], fromWeb: 0, other: 0 };
  for (const element of Array.from(doc.body.querySelectorAll(PICTURES))) {
    if (element.parentElement?.closest(PICTURES)) continue;
    const img = element.tagName === "IMG" ? element : element.querySelector("img");
    element.remove();
    if (isTrackingPixel(img ?? element)) continue;
    const src = img?.getAttribute("src")?.trim() ?? "";
    const alt = (img?.getAttribute("alt") ?? "").replace(/\s+/g, " ").trim();
    const file = img ? carriedFile(src, alt) : null;
    if (file) found.carried.push({ file, alt });
    else if (/^(https?:)?\/\//i.test(src)) found.fromWeb++;
    else found.other++;
  }
  return found;
}
