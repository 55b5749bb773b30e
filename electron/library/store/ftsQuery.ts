// Turn what an editor types in the search box into an FTS5 query: every word must match,
// the last one as a prefix so results come while typing. Operators and quotes typed by
// the user are treated as text, never as FTS5 syntax.
export function ftsQuery(input: string): string | null {
  const words = input.normalize("NFC").match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(" ");
}
