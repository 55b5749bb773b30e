// Which addresses may appear in exported HTML. Links keep only http, https and mailto; anything
// else (javascript:, data:, relative paths from the editor) loses its link but keeps its words.

const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

// Browsers drop leading and trailing controls and spaces and every tab or newline anywhere
// ("java\tscript:"), so do the same before looking at the scheme. Inner spaces are kept (and
// percent-encoded below).
function squash(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
}

// Characters valid in a URL as written; the rest are percent-encoded so validators and
// readers agree on what the address is. A stray `%` not starting an escape becomes %25.
function encodeLoose(url: string): string {
  return url
    .replace(/%(?![0-9A-Fa-f]{2})/g, "%25")
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
}

function schemeOf(url: string): string | null {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  return match ? match[1].toLowerCase() : null;
}

/** The href to publish for a link, or null to drop the link and keep its text. */
export function safeLinkHref(url: string): string | null {
  const clean = squash(url);
  const scheme = schemeOf(clean);
  if (scheme === null || !LINK_SCHEMES.has(scheme)) return null;
  if ((scheme === "http" || scheme === "https") && !/^https?:\/\/[^/?#]+/i.test(clean)) return null;
  if (scheme === "mailto" && clean.length <= "mailto:".length) return null;
  return encodeLoose(clean);
}

/** Links that leave the site (not mailto) get rel="noopener". */
export function isExternalHref(href: string): boolean {
  return /^https?:/i.test(href);
}

/** An image source: absolute http(s), or a relative path for pages exported with their images. */
export function safeImageSrc(url: string): string | null {
  const clean = squash(url);
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
