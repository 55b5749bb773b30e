// Author names from a byline, for the author meta tag and JSON-LD. "By Ana Ruiz and Li Wei"
// gives two names; commas are kept because bylines use them for titles ("Ana Ruiz, Reuters").
export function authorNames(byline: string): string[] {
  return byline
    .trim()
    .replace(/^by\s+/i, "")
    .split(/\s+(?:and|&)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
