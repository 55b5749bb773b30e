// Escaping for the three places exported text lands: element text, attribute values, and
// JSON inside <script>. Every string from the article goes through one of these.

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTR_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text content of an element. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

/** A double-quoted attribute value. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ATTR_ESCAPES[c]);
}

/**
 * JSON for a <script type="application/ld+json"> block. `<` becomes \u003c so neither
 * `</script>` nor `<!--` in a headline can end or confuse the script element; `>` and `&`
 * are escaped too, and U+2028/2029 so the text is also safe as a JavaScript literal.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
