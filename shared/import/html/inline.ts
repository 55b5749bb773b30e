// Inline HTML back into body nodes: text with format bits, <br>, links, and the exporter's
// <span class="quote" data-quote-id> wrappers as tagged quotations.
import { textNode } from "../../document/build.ts";
import type { InlineNodeJSON, LinkNodeJSON, QuotationNodeJSON, TextNodeJSON } from "../../document/nodes.ts";
import { TEXT_FORMAT } from "../../document/nodes.ts";
import { hasClass } from "./tree.ts";
import type { HtmlNode } from "./tree.ts";

const FORMAT_BY_TAG: Record<string, number> = {
  strong: TEXT_FORMAT.bold,
  b: TEXT_FORMAT.bold,
  em: TEXT_FORMAT.italic,
  i: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough,
  strike: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  code: TEXT_FORMAT.code,
  kbd: TEXT_FORMAT.code,
  samp: TEXT_FORMAT.code,
  sub: TEXT_FORMAT.subscript,
  sup: TEXT_FORMAT.superscript,
};

const SKIPPED = new Set(["script", "style", "template", "img", "picture", "video", "audio", "iframe", "svg"]);

// Source formatting whitespace (containing a newline or tab) is marked while reading, so a block
// can drop it at its edges and turn the rest into single spaces; typed spaces stay as they are.
const MARK = "\ue000";

export function readInline(nodes: HtmlNode[], format = 0): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  for (const node of nodes) {
    if (typeof node === "string") {
      const text = node.replace(/[ ]*[\t\n\r\f]\s*/g, MARK);
      if (text !== "") out.push(textNode(text, format));
      continue;
    }
    if (SKIPPED.has(node.name)) continue;
    if (node.name === "br") {
      out.push({ type: "linebreak", version: 1 });
    } else if (node.name === "a" && node.attrs.href) {
      const link: LinkNodeJSON = {
        type: "link",
        version: 1,
        url: node.attrs.href,
        rel: null,
        target: null,
        title: node.attrs.title ?? null,
        children: readInline(node.children, format),
      };
      out.push(link);
    } else if (node.name === "span" && hasClass(node, "quote") && node.attrs["data-quote-id"]) {
      const quote: QuotationNodeJSON = {
        type: "quotation",
        version: 1,
        quoteId: node.attrs["data-quote-id"],
        sourceId: node.attrs["data-source-id"] || null,
        status: "confirmed", // the exporter only marks confirmed quotations
        children: readInline(node.children, format),
      };
      out.push(quote);
    } else {
      out.push(...readInline(node.children, format | (FORMAT_BY_TAG[node.name] ?? 0)));
    }
  }
  return out;
}

function textNodesOf(nodes: InlineNodeJSON[], out: TextNodeJSON[] = []): TextNodeJSON[] {
  for (const node of nodes) {
    if (node.type === "text") out.push(node);
    else if (node.type !== "linebreak") textNodesOf(node.children, out);
  }
  return out;
}

function prune(nodes: InlineNodeJSON[]): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      if (node.text === "") continue;
      const last = out[out.length - 1];
      if (last?.type === "text" && last.format === node.format) {
        out[out.length - 1] = { ...last, text: last.text + node.text };
        continue;
      }
    } else if (node.type !== "linebreak") {
      node.children = prune(node.children);
      if (node.children.length === 0) continue;
    }
    out.push(node);
  }
  return out;
}

/** Finish a block's inline content: formatting whitespace trimmed at the edges, empty runs dropped, runs merged. */
export function finishInline(nodes: InlineNodeJSON[]): InlineNodeJSON[] {
  const texts = textNodesOf(nodes);
  if (texts.length > 0) {
    texts[0].text = texts[0].text.replace(new RegExp(`^${MARK}+`), "");
    const last = texts[texts.length - 1];
    last.text = last.text.replace(new RegExp(`${MARK}+$`), "");
  }
  for (const t of texts) t.text = t.text.replace(new RegExp(`${MARK}+`, "g"), " ");
  return prune(nodes);
}

export function inlineHasWords(nodes: InlineNodeJSON[]): boolean {
  return textNodesOf(nodes).some((t) => t.text.replace(new RegExp(MARK, "g"), "").trim() !== "");
}
