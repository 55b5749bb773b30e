// Reading exported (or similar clean) HTML back into an article.
export { readExportedPage, readExportedTree } from "./read-page.ts";
export { parseTree, treeFromDom } from "./dom.ts";
export type { DomNodeLike, ParseHtml } from "./dom.ts";
export type { ImportedPage } from "./read-page.ts";
export type { PageMetadata } from "./metadata.ts";
