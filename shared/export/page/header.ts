// The story's header as readers see it: section label, headline, dek, byline, dateline and
// publication / update times.
import { displayDate } from "../dates.ts";
import { escapeAttr, escapeText } from "../escape.ts";
import type { PreparedArticle } from "../prepare.ts";

function line(className: string, text: string): string {
  return text ? `<p class="${className}">${escapeText(text)}</p>` : "";
}

function time(className: string, label: string, iso: string, language: string): string {
  return `${label} <time class="${className}" datetime="${escapeAttr(iso)}">${escapeText(displayDate(iso, language))}</time>`;
}

export function renderHeader(article: PreparedArticle): string {
  const times: string[] = [];
  if (article.publishedAt) times.push(time("published", "Published", article.publishedAt, article.language));
  // An update line only when the story changed after it went out.
  if (
    article.updatedAt &&
    (!article.publishedAt || Date.parse(article.updatedAt) > Date.parse(article.publishedAt))
  ) {
    times.push(time("updated", "Updated", article.updatedAt, article.language));
  }
  return [
    "<header>",
    line("section", article.section),
    `<h1>${escapeText(article.headline)}</h1>`,
    line("dek", article.dek),
    line("byline", article.byline),
    line("dateline", article.dateline),
    times.length > 0 ? `<p class="timestamps">${times.join(" · ")}</p>` : "",
    "</header>",
  ]
    .filter((part) => part !== "")
    .join("\n");
}
