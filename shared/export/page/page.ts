// The standalone HTML5 page: head metadata, stylesheet, JSON-LD, and the article.
import { escapeAttr, scriptJson } from "../escape.ts";
import { renderCorrections } from "../corrections.ts";
import { prepareExport } from "../prepare.ts";
import type { ExportArticle, ExportOptions, ExportSource } from "../types.ts";
import { renderHeadMeta } from "./headMeta.ts";
import { renderHeader } from "./header.ts";
import { newsArticleJsonLd } from "./jsonLd.ts";
import { STYLESHEET } from "./stylesheet.ts";

export function exportHtmlPage(
  article: ExportArticle,
  sources: readonly ExportSource[] = [],
  options: ExportOptions = {},
): string {
  const { options: resolved, article: prepared, bodyHtml: body } = prepareExport(article, sources, options);
  const jsonLd = newsArticleJsonLd(prepared, sources, resolved);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeAttr(prepared.language)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    renderHeadMeta(prepared, resolved.canonicalUrl),
    `<style>\n${STYLESHEET}\n</style>`,
    `<script type="application/ld+json">\n${scriptJson(jsonLd)}\n</script>`,
    "</head>",
    "<body>",
    "<main>",
    "<article>",
    renderHeader(prepared),
    body ? `<div class="story-body">\n${body}\n</div>` : "",
    renderCorrections(prepared.corrections, prepared.language),
    "</article>",
    "</main>",
    "</body>",
    "</html>",
  ]
    .filter((part) => part !== "")
    .join("\n")
    .concat("\n");
}
