// Builds an element tree from tokens with the few HTML parsing rules clean article markup needs:
// void elements, <p> closed by a following block, <li> closed by the next <li>, stray end tags
// ignored, unclosed elements closed at the end.
import type { HtmlToken } from "./tokenizer.ts";

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

// Start tags that end an open paragraph.
const CLOSES_P = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "div",
  "dl",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
]);

export function buildTree(tokens: HtmlToken[]): HtmlElement {
  const root: HtmlElement = { name: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const current = () => stack[stack.length - 1];
  const closeTo = (name: string, stopAt: Set<string> = new Set()) => {
    for (let k = stack.length - 1; k > 0; k--) {
      if (stopAt.has(stack[k].name)) return;
      if (stack[k].name === name) {
        stack.length = k;
        return;
      }
    }
  };

  for (const token of tokens) {
    if (token.kind === "text") {
      current().children.push(token.text);
    } else if (token.kind === "start") {
      if (CLOSES_P.has(token.name))
        closeTo("p", new Set(["blockquote", "aside", "li", "figure", "div", "article"]));
      if (token.name === "li") closeTo("li", new Set(["ul", "ol"]));
      const element: HtmlElement = { name: token.name, attrs: token.attrs, children: [] };
      current().children.push(element);
      if (!VOID.has(token.name) && !token.selfClosing) stack.push(element);
    } else {
      closeTo(token.name);
    }
  }
  return root;
}

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
