// Mozilla Readability on a linkedom DOM: which part of a saved page is the story.
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { parseTree } from "../../../shared/import/html/dom.ts";
import type { ReadabilityResult } from "../../../shared/import/web/readWebPage.ts";
import { parseHtml } from "./parseHtml.ts";

export function readabilityOf(html: string): ReadabilityResult | null {
  const document = new DOMParser().parseFromString(html, "text/html");
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  if (!article?.content) return null;
  return {
    title: article.title ?? null,
    byline: article.byline ?? null,
    excerpt: article.excerpt ?? null,
    content: parseTree(article.content, parseHtml),
  };
}
