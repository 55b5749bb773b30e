// Who is editing: the name and initials shown on every suggestion, comment, sign-off and
// revision. The name comes from Settings (the OS user by default); initials may be set
// by hand ("JdW"), otherwise they are derived from the name.

/** Initials from a name: "Maria del Carmen Ortiz" → "MO", "ana" → "A", "J. R. Smith" → "JS". */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s._@-]+/u)
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return "?";
  const letter = (word: string) => (word.match(/\p{L}/u)?.[0] ?? "").toLocaleUpperCase();
  const first = letter(words[0] ?? "");
  return words.length === 1 ? first : first + letter(words[words.length - 1] ?? "");
}

/** The initials to show: the ones set by hand when there are any, else the name's. */
export function editorInitials(name: string, setByHand: string | undefined): string {
  const trimmed = setByHand?.trim();
  return trimmed ? trimmed : initialsOf(name);
}
