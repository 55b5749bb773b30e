// A text node as HTML: its format bits become semantic elements. The node's `style` (colours,
// fonts from the editor) is deliberately ignored: the published page has its own styles.
import type { TextNodeJSON } from "../../document/nodes.ts";
import { TEXT_FORMAT } from "../../document/nodes.ts";
import { escapeText } from "../escape.ts";

// Outermost first. Bits Copydesk does not publish (highlight, …) are dropped.
const FORMAT_TAGS: [number, string][] = [
  [TEXT_FORMAT.bold, "strong"],
  [TEXT_FORMAT.italic, "em"],
  [TEXT_FORMAT.underline, "u"],
  [TEXT_FORMAT.strikethrough, "s"],
  [TEXT_FORMAT.subscript, "sub"],
  [TEXT_FORMAT.superscript, "sup"],
  [TEXT_FORMAT.code, "code"],
];

export const PUBLISHED_FORMATS = FORMAT_TAGS.reduce((bits, [bit]) => bits | bit, 0);

export function renderText(node: TextNodeJSON): string {
  if (node.text === "") return "";
  let html = escapeText(node.text);
  for (let i = FORMAT_TAGS.length - 1; i >= 0; i--) {
    const [bit, tag] = FORMAT_TAGS[i];
    if ((node.format & bit) !== 0) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}
