// Which addresses may appear in exported HTML. Links follow the story's link policy
// (shared/document/links.ts); images have their own rule below.
import { encodeLoose, isExternalHref, safeLinkHref, schemeOf, squash } from "../document/links.ts";

export { isExternalHref, safeLinkHref };

/**
 * An image source: absolute http(s), a relative path for pages exported with their images, or
 * a picture inline (a base64 PNG, JPEG, GIF or WebP: never SVG, which can carry script).
 */
export function safeImageSrc(url: string): string | null {
  const clean = squash(url);
  if (/^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/.test(clean)) return clean;
  if (clean === "" || clean.startsWith("//")) return null;
  const scheme = schemeOf(clean);
  if (scheme !== null && scheme !== "http" && scheme !== "https") return null;
  if (scheme !== null && !/^https?:\/\/[^/?#]+/i.test(clean)) return null;
  return encodeLoose(clean);
}

/** Absolute http(s) only: what a social card or JSON-LD needs. */
export function absoluteHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const href = safeLinkHref(url);
  return href !== null && isExternalHref(href) ? href : null;
}
