// Which link addresses a story may carry: web and email only. Anything else
// (javascript:, data:, file:) is refused wherever a link is made or exported.
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * The address, tidied, if it is allowed; null if not. A bare "example.com" gets https://.
 * Control characters are removed first, because browsers ignore them inside a scheme
 * ("java\tscript:" runs as javascript:).
 */
export function safeLinkUrl(input: string): string | null {
  const cleaned = input
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .replace(/ /g, "%20");
  if (!cleaned) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined)
    return /^[\w.-]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(cleaned) ? `https://${cleaned}` : null;
  if (!ALLOWED_SCHEMES.has(scheme)) return null;
  if (scheme !== "mailto" && !/^https?:\/\/[^/?#\s]+/i.test(cleaned)) return null;
  return cleaned;
}
