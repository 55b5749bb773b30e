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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?(?:['’]s?)?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    // A trailing apostrophe belongs to the word only as a plural possessive ("ministers'").
    if (/['’]$/.test(t) && !/s['’]$/i.test(t)) t = t.slice(0, -1);
    const possessive = /['’]s?$/i.test(t) && (/['’]s$/i.test(t) || /s['’]$/i.test(t));
    const word = possessive ? t.replace(/['’]s?$/i, "") : t;
    tokens.push({
      text: t,
      word,
      lower: word.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      capital: /^\p{Lu}/u.test(t),
      possessive,
    });
  }
  return tokens;
}
