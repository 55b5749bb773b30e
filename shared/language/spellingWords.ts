// The library's own word list for the spellchecker: the words of its sources' names and
// organizations ("Nkechi Okonkwo-Adeyemi", "Médecins Sans Frontières"), so a name the desk
// has on file is not underlined in every story. Hyphenated names also give their parts, since
// spellcheckers check each part on its own; curly apostrophes also give the straight form.

const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*(?![\p{N}])/gu;
const MAX_WORD = 64;

/** Distinct words of two letters or more, sorted; names from a whole library fit in one list. */
export function spellingWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    if ([...word].length >= 2 && word.length <= MAX_WORD) words.add(word);
  };
  for (const name of names) {
    for (const [word] of name.normalize("NFC").matchAll(WORD)) {
      add(word);
      if (word.includes("’")) add(word.replaceAll("’", "'"));
      if (/[-‐]/u.test(word)) word.split(/[-‐]/u).forEach(add);
    }
  }
  return [...words].sort((a, b) => a.localeCompare(b, "en"));
}
