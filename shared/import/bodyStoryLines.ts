// The byline and dateline at the top of a structured body (a Word file), as plain text has
// them (storyLines.ts): a "By …" paragraph first goes to the byline, and a dateline opening
// the first paragraph ("BAKU, Sept 19 (Reuters) - …") to the dateline; neither stays in the body.
import { plainText } from "../document/text.ts";
import { body as makeBody } from "../document/build.ts";
import type { ArticleBody, BlockNodeJSON, InlineNodeJSON } from "../document/nodes.ts";
import { bylineOf, splitDateline } from "./storyLines.ts";

const textOf = (block: BlockNodeJSON) => plainText(makeBody([block])).trim();

/** The paragraph less its first `length` characters, when they lie in its leading text nodes (a bold place name too). */
function dropOpening(block: BlockNodeJSON, length: number): BlockNodeJSON | null {
  if (block.type !== "paragraph") return null;
  const children: InlineNodeJSON[] = [...block.children];
  let left = length;
  while (children.length > 0) {
    const first = children[0];
    if (first.type !== "text") return null;
    // The text the dateline was found in was trimmed: leading spaces do not count.
    const text = left === length ? first.text.trimStart() : first.text;
    if (text.length > left) {
      children[0] = { ...first, text: text.slice(left) };
      return { ...block, children };
    }
    left -= text.length;
    children.shift();
    if (left === 0) return { ...block, children };
  }
  return null;
}

export function takeStoryLines(body: ArticleBody): { byline: string; dateline: string; body: ArticleBody } {
  const blocks = [...body.root.children];
  let byline = "";
  const first = blocks[0];
  if (first?.type === "paragraph" && blocks.length > 1) {
    const found = bylineOf(textOf(first));
    if (found !== null) {
      byline = found;
      blocks.shift();
    }
  }
  let dateline = "";
  const opening = blocks[0];
  const split = opening?.type === "paragraph" ? splitDateline(textOf(opening)) : null;
  if (split) {
    const consumed = textOf(opening).length - split.rest.length;
    const rest = dropOpening(opening, consumed);
    if (rest) {
      dateline = split.dateline;
      blocks[0] = rest;
    }
  }
  return { byline, dateline, body: { root: { ...body.root, children: blocks } } };
}
