// Reading exported (or similar clean) HTML back into an article.
export { readExportedPage, readExportedTree } from "./readPage.ts";
export { parseTree, treeFromDom } from "./dom.ts";
export type { DomNodeLike, ParseHtml } from "./dom.ts";
export type { ImportedPage } from "./readPage.ts";
export type { PageMetadata } from "./metadata.ts";
