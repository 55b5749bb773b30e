// A rejected suggestion is remembered by a fingerprint of its words, so it stays rejected
// when the story around it is edited (offsets move, the words do not).
import { codePoints, fnv1a } from "../../shared/language/hash.ts";

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

/** FNV-1a of the normalized words' code points, as "q" and 8 hex digits. Short, stable, not secret. */
export function quoteFingerprint(text: string): string {
  return `q${fnv1a(codePoints(normalizeQuoteText(text)))}`;
}
