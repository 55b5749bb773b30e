// Publish-ready export (issue 5): a standalone HTML page, a body fragment, and IPTC ninjs 1.5.
export { exportHtmlPage } from "./page/page.ts";
export { exportFragment } from "./fragment.ts";
export { exportNinjs, NINJS_SCHEMA_URI, NINJS_VERSION } from "./ninjs/ninjs.ts";
export type { NinjsItem, NinjsPerson } from "./ninjs/ninjs.ts";
export { typesetBody, typesetText } from "./typography.ts";
export { safeLinkHref } from "./url.ts";
export { resolveOptions } from "./types.ts";
export type { ExportArticle, ExportOptions, ExportSource, ResolvedOptions } from "./types.ts";
