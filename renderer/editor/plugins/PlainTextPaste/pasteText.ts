// Plain text pasted from a web page or an e-mail: blank lines separate paragraphs. Lexical
// on its own turns every line break into a paragraph, blank lines into empty ones.

/**
 * The paragraphs of pasted plain text. With blank lines, those split paragraphs and
 * single line breaks inside one are hard wraps (joined with a space); without any, each
 * line is a paragraph. Empty paragraphs are dropped.
 */
export function pastedParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  const tidy = (p: string) => p.replace(/[ \t]+/g, " ").trim();
  const blocks = /\n[ \t]*\n/.test(normalized)
    ? normalized.split(/\n[ \t]*\n+/).map((b) => b.replace(/\n/g, " "))
    : normalized.split("\n");
  return blocks.map(tidy).filter((p) => p.length > 0);
}
