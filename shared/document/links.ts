// Which link addresses a story may carry: web and email only. Anything else (javascript:,
// data:, file:, relative paths) is refused when a link is made in the editor and dropped
// (keeping its words) when a story is exported: one policy for both.

const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

// Browsers drop leading and trailing controls and spaces and every tab or newline anywhere
// ("java\tscript:"), so do the same before looking at the scheme. Inner spaces are kept (and
// percent-encoded below).
export function squash(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
}

// Characters valid in a URL as written; the rest are percent-encoded so validators and
// readers agree on what the address is. A stray `%` not starting an escape becomes %25.
export function encodeLoose(url: string): string {
  return url
    .replace(/%(?![0-9A-Fa-f]{2})/g, "%25")
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
}

export function schemeOf(url: string): string | null {
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

/**
 * What the editor accepts when someone types a link: a bare "example.org" gets https://,
 * then the same rule as export. Null when the address may not go in a story.
 */
export function safeLinkUrl(input: string): string | null {
  const typed = squash(input);
  if (!typed) return null;
  const withScheme =
    schemeOf(typed) === null && /^[\w.-]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(typed) ? `https://${typed}` : typed;
  return safeLinkHref(withScheme);
}
