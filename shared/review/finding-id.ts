// Stable finding ids. An id is the rule, a hash of the excerpt and the occurrence index of that
// excerpt for that rule — never the offset — so a sign-off still matches after edits elsewhere.

/** 32-bit FNV-1a of a string, as 8 hex digits: small, fast and stable across runs and runtimes. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Whitespace and quote-mark style do not change which finding it is. */
export function normalizeExcerpt(excerpt: string): string {
  return excerpt.replace(/\s+/g, " ").replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").trim();
}

export function findingId(rule: string, excerpt: string, occurrence: number): string {
  return `${rule}:${hashText(normalizeExcerpt(excerpt))}:${occurrence}`;
}
