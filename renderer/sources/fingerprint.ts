// A rejected suggestion is remembered by a fingerprint of its words, so it stays rejected
// when the story around it is edited (offsets move, the words do not).

/** Words compared as an editor reads them: curly or straight marks, spacing and case aside. */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** FNV-1a (32 bit) of the normalized words, as "q" and 8 hex digits. Short, stable, not secret. */
export function quoteFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of normalizeQuoteText(text)) {
    const code = ch.codePointAt(0) ?? 0;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q${hash.toString(16).padStart(8, "0")}`;
}
