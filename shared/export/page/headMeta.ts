// The <head> tags a CMS and social cards read: description, author, Open Graph, article:*,
// Twitter card and the canonical address.
import { authorNames } from "../byline.ts";
import { escapeAttr, escapeText } from "../escape.ts";
import type { PreparedArticle } from "../prepare.ts";
import { absoluteHttpUrl } from "../url.ts";

export const TITLE_MAX = 70;

/**
 * The <title>: the headline, shortened at a word so it stays within 70 characters. Search results
 * and tabs cut longer titles anyway; og:title and the <h1> keep it whole. html-validate's
 * long-title rule counts the escaped source (`&amp;` is five characters), so that is what we measure.
 */
export function pageTitle(headline: string): string {
  const fits = (title: string) => escapeText(title).length <= TITLE_MAX;
  if (fits(headline)) return headline;
  const words = headline.split(" ");
  while (words.length > 1) {
    words.pop();
    const title = `${words.join(" ").replace(/[\s,;:.\u2014-]+$/u, "")}\u2026`;
    if (fits(title)) return title;
  }
  // One enormous word: cut it by characters.
  let title = headline;
  while (title.length > 0 && !fits(`${title}\u2026`)) title = title.slice(0, -1);
  return `${title}\u2026`;
}

function meta(kind: "name" | "property", key: string, content: string): string {
  return content ? `<meta ${kind}="${key}" content="${escapeAttr(content)}">` : "";
}

export function firstImage(article: PreparedArticle): string | null {
  for (const block of article.body.root.children) {
    if (block.type === "figure") {
      const src = absoluteHttpUrl(block.src);
      if (src) return src;
    }
  }
  return null;
}

export function renderHeadMeta(article: PreparedArticle, canonicalUrl: string | null): string {
  const url = absoluteHttpUrl(canonicalUrl);
  const image = firstImage(article);
  return [
    `<title>${escapeText(pageTitle(article.headline))}</title>`,
    url ? `<link rel="canonical" href="${escapeAttr(url)}">` : "",
    meta("name", "description", article.dek),
    meta("name", "author", authorNames(article.byline).join(", ")),
    meta("name", "keywords", article.tags.join(", ")),
    meta("property", "og:type", "article"),
    meta("property", "og:title", article.headline),
    meta("property", "og:description", article.dek),
    url ? meta("property", "og:url", url) : "",
    image ? meta("property", "og:image", image) : "",
    meta("property", "article:published_time", article.publishedAt ?? ""),
    meta("property", "article:modified_time", article.updatedAt ?? ""),
    meta("property", "article:section", article.section),
    ...article.tags.map((tag) => meta("property", "article:tag", tag)),
    meta("name", "twitter:card", image ? "summary_large_image" : "summary"),
    meta("name", "twitter:title", article.headline),
    meta("name", "twitter:description", article.dek),
  ]
    .filter((tag) => tag !== "")
    .join("\n");
}
