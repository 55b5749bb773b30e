// The one short text hash: 32-bit FNV-1a, as 8 hex digits. Small, fast and stable across runs
// and runtimes; not secret. Stored values depend on it (finding ids in sign-offs, fingerprints
// of rejected suggestions), so each caller keeps the units it has always fed it.

/** FNV-1a over a sequence of character codes. */
export function fnv1a(codes: Iterable<number>): string {
  let hash = 0x811c9dc5;
  for (const code of codes) {
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The UTF-16 code units of a string, as String.charCodeAt reads them. */
export function* codeUnits(text: string): Iterable<number> {
  for (let i = 0; i < text.length; i++) yield text.charCodeAt(i);
}

/** The code points of a string (an emoji is one). */
export function* codePoints(text: string): Iterable<number> {
  for (const ch of text) yield ch.codePointAt(0) ?? 0;
}
