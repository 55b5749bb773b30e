// The language kit's tokenizer: words with their offsets, a possessive 's split off ("Armenia's"
// is the word "Armenia", possessive), hyphens, inner full stops and "&" kept inside a word.

export interface Token {
  text: string;
  /** The word without a possessive 's. */
  word: string;
  lower: string;
  start: number;
  end: number;
  capital: boolean;
  possessive: boolean;
}

// Character tests, not regular expressions: the tokenizer runs over every word of a story on
// every pause.
const isApostrophe = (t: string, i: number): boolean => t[i] === "'" || t[i] === "’";
const isS = (t: string, i: number): boolean => t[i] === "s" || t[i] === "S";

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?(?:['’]s?)?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    // A trailing apostrophe belongs to the word only as a plural possessive ("ministers'").
    if (isApostrophe(t, t.length - 1) && !isS(t, t.length - 2)) t = t.slice(0, -1);
    // "Armenia's" or "ministers'": the word without its possessive ending.
    const cut =
      isS(t, t.length - 1) && isApostrophe(t, t.length - 2) ? 2 : isApostrophe(t, t.length - 1) ? 1 : 0;
    const word = cut ? t.slice(0, -cut) : t;
    tokens.push({
      text: t,
      word,
      lower: word.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      capital: /^\p{Lu}/u.test(t),
      possessive: cut > 0,
    });
  }
  return tokens;
}
