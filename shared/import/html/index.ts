// Reading exported (or similar clean) HTML back into an article.
export { readExportedPage } from "./read-page.ts";
export type { ImportedPage } from "./read-page.ts";
export type { PageMetadata } from "./metadata.ts";
export { tokenize } from "./tokenizer.ts";
export type { HtmlToken } from "./tokenizer.ts";
