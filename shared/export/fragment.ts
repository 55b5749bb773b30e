// The body alone, for a CMS that supplies its own page, headline and metadata.
import { prepareArticle } from "./prepare.ts";
import { renderBody } from "./render/body.ts";
import { renderContext } from "./render/context.ts";
import { resolveOptions } from "./types.ts";
import type { ExportArticle, ExportOptions, ExportSource } from "./types.ts";

export function exportFragment(
  article: ExportArticle,
  sources: readonly ExportSource[] = [],
  options: ExportOptions = {},
): string {
  const resolved = resolveOptions(options);
  const prepared = prepareArticle(article, resolved);
  return renderBody(prepared.body, renderContext(sources, resolved.quoteAttributes));
}
