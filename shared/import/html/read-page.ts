// Reads a page Copydesk exported (or similar clean HTML, or a bare body fragment) back into an
// article: metadata plus a body in the stored document model. No DOM: shared/ runs anywhere.
import { body, emptyBody } from "../../document/build.ts";
import type { ArticleBody } from "../../document/nodes.ts";
import { readBlocks } from "./blocks.ts";
import { readMetadata } from "./metadata.ts";
import type { PageMetadata } from "./metadata.ts";
import { tokenize } from "./tokenizer.ts";
import { buildTree, findElement, hasClass } from "./tree.ts";

export interface ImportedPage extends PageMetadata {
  body: ArticleBody;
}

export function readExportedPage(html: string): ImportedPage {
  const root = buildTree(tokenize(html));
  const container =
    findElement(root, (e) => hasClass(e, "story-body")) ??
    findElement(root, (e) => e.name === "article") ??
    findElement(root, (e) => e.name === "body") ??
    root;
  const blocks = readBlocks(container); // the article's <header> is skipped: it is metadata
  return { ...readMetadata(root), body: blocks.length > 0 ? body(blocks) : emptyBody() };
}
