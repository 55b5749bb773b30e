/** What the editor is told after a paste: how many quotations are now suggested, if more. */
export function foundNotice(before: number, found: number): string {
  if (found <= before) return "";
  return `${found} quotation${found === 1 ? "" : "s"} found: see Sources.`;
}
