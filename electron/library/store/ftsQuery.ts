// Turn what an editor types in the search box into an FTS5 query. Every word must match,
// the last one as a prefix so results come while typing; words in double quotes (straight
// or curly) must match as a phrase. Operators typed by the user are treated as text, never
// as FTS5 syntax: each word is quoted before it reaches MATCH.

/** One thing that must match: a word, or a phrase of words in a row; the last may be a prefix. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

export interface SearchQuery {
  /** The FTS5 MATCH expression. */
  match: string;
  terms: SearchTerm[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const PART = /["\u201c\u201d]([^"\u201c\u201d]*)(["\u201c\u201d]?)|[^"\u201c\u201d]+/gu;

/**
 * Fold a word as the index's tokenizer (unicode61, remove_diacritics 2) does: lower case,
 * accents off. Snippets use it to find the words the index matched.
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII: lower case is all they need, at a tenth of the cost.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** One term as FTS5 MATCH syntax: a quoted phrase, a star after it for a prefix. */
export function phraseMatch(term: SearchTerm): string {
  const quoted = `"${term.words.join(" ")}"`;
  return term.prefix ? `${quoted}*` : quoted;
}

export function parseSearch(input: string): SearchQuery | null {
  const terms: SearchTerm[] = [];
  let lastOpen = false;
  for (const part of input.normalize("NFC").matchAll(PART)) {
    const quoted = part[1] !== undefined;
    const words = (quoted ? part[1] : part[0]).match(WORD) ?? [];
    if (words.length === 0) continue;
    if (quoted) {
      terms.push({ words, prefix: false });
      // An unclosed quote is still being typed: its last word is a prefix.
      lastOpen = part[2] === "";
    } else {
      for (const w of words) terms.push({ words: [w], prefix: false });
      lastOpen = true;
    }
  }
  if (terms.length === 0) return null;
  if (lastOpen) terms[terms.length - 1].prefix = true;
  return { match: terms.map(phraseMatch).join(" "), terms };
}

/** The FTS5 MATCH expression alone. */
export function ftsQuery(input: string): string | null {
  return parseSearch(input)?.match ?? null;
}
