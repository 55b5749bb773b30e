// Reads a page Copydesk exported (or similar clean HTML, or a bare body fragment) back into an
// article: metadata plus a body in the stored document model. The caller parses (shared/ has no
// DOM of its own): the renderer with DOMParser, Node with linkedom.
import { body, emptyBody } from "../../document/build.ts";
import type { ArticleBody } from "../../document/nodes.ts";
import { readBlocks } from "./blocks.ts";
import { readMetadata } from "./metadata.ts";
import type { PageMetadata } from "./metadata.ts";
import { type ParseHtml, parseTree } from "./dom.ts";
import { findElement, hasClass } from "./tree.ts";
import type { HtmlElement } from "./tree.ts";

export interface ImportedPage extends PageMetadata {
  body: ArticleBody;
}

export function readExportedPage(html: string, parse: ParseHtml): ImportedPage {
  return readExportedTree(parseTree(html, parse));
}

export function readExportedTree(root: HtmlElement): ImportedPage {
  const container =
    findElement(root, (e) => hasClass(e, "story-body")) ??
    findElement(root, (e) => e.name === "article") ??
    findElement(root, (e) => e.name === "body") ??
    root;
  const blocks = readBlocks(container); // the article's <header> is skipped: it is metadata
  return { ...readMetadata(root), body: blocks.length > 0 ? body(blocks) : emptyBody() };
}
