// The HTML under every reader is parsed by a well-kept parser that the caller hands in: the
// browser's DOMParser in the renderer, linkedom in Node. shared/ sees only this small shape of
// a DOM node and turns it into the plain element tree the readers walk.
import type { HtmlElement, HtmlNode } from "./tree.ts";

/** As much of a DOM node as the readers need (a browser Node or a linkedom one fits). */
export interface DomNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNodeLike>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/** Parses a whole page or a fragment into a document. */
export type ParseHtml = (html: string) => DomNodeLike;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function convert(node: DomNodeLike): HtmlNode | null {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return node.nodeValue ?? "";
  if (node.nodeType !== ELEMENT) return null; // comments, doctype, processing instructions
  const attrs: Record<string, string> = {};
  for (const attr of Array.from(node.attributes ?? [])) attrs[attr.name.toLowerCase()] = attr.value;
  const children: HtmlNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    const converted = convert(child);
    if (converted !== null) children.push(converted);
  }
  return { name: node.nodeName.toLowerCase(), attrs, children };
}

/** The element tree of a parsed document (or element), under a root the readers can search. */
export function treeFromDom(node: DomNodeLike): HtmlElement {
  const children = Array.from(node.childNodes)
    .map(convert)
    .filter((c): c is HtmlNode => c !== null);
  return { name: "#document", attrs: {}, children };
}

/** Parse and convert in one step. */
export function parseTree(html: string, parse: ParseHtml): HtmlElement {
  return treeFromDom(parse(html));
}
