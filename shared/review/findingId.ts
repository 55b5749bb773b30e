// Stable finding ids. An id is the rule, a hash of the excerpt and the occurrence index of that
// excerpt for that rule — never the offset — so a sign-off still matches after edits elsewhere.
import { codeUnits, fnv1a } from "../language/hash.ts";

/** The excerpt's hash: FNV-1a over its UTF-16 code units, as finding ids have always used. */
export function hashText(text: string): string {
  return fnv1a(codeUnits(text));
}

/** Whitespace and quote-mark style do not change which finding it is. */
export function normalizeExcerpt(excerpt: string): string {
  return excerpt.replace(/\s+/g, " ").replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").trim();
}

export function findingId(rule: string, excerpt: string, occurrence: number): string {
  return `${rule}:${hashText(normalizeExcerpt(excerpt))}:${occurrence}`;
}
