// The plain element tree the readers walk (made from a parsed DOM by dom.ts), and the few
// searches they need on it.

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

export function classList(element: HtmlElement): string[] {
  return (element.attrs.class ?? "").split(/\s+/).filter((c) => c !== "");
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return classList(element).includes(name);
}

/** Depth-first search for the first element matching the test. */
export function findElement(node: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement | null {
  for (const child of node.children) {
    if (typeof child === "string") continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

export function findAll(
  node: HtmlElement,
  test: (e: HtmlElement) => boolean,
  out: HtmlElement[] = [],
): HtmlElement[] {
  for (const child of node.children) {
    if (typeof child === "string") continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/**
 * Whitespace that contains a line break or tab is source formatting, not text: it becomes one
 * space. Runs of plain spaces are kept, so an export made without typography reads back exactly.
 */
export function collapseFormatting(text: string): string {
  return text.replace(/[ ]*[\t\n\r\f]\s*/g, " ");
}

/** Text content of an element, formatting whitespace collapsed and the ends trimmed. */
export function textContent(node: HtmlNode): string {
  const raw = (n: HtmlNode): string => (typeof n === "string" ? n : n.children.map(raw).join(""));
  return collapseFormatting(raw(node)).trim();
}
