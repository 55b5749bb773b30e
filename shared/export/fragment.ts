// The body alone, for a CMS that supplies its own page, headline and metadata.
import { prepareExport } from "./prepare.ts";
import type { ExportArticle, ExportOptions, ExportSource } from "./types.ts";

export function exportFragment(
  article: ExportArticle,
  sources: readonly ExportSource[] = [],
  options: ExportOptions = {},
): string {
  return prepareExport(article, sources, options).bodyHtml;
}
