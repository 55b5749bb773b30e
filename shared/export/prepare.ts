// The article as every export format sees it: prose typeset (or not) once, dates checked,
// language sanitised. Formats render from this so HTML, JSON-LD and ninjs agree.
import { withoutCommentMarks } from "../document/commentMarks.ts";
import type { ArticleBody } from "../document/nodes.ts";
import { bodyText, countWords } from "../document/text.ts";
import { type PreparedCorrection, prepareCorrections } from "./corrections.ts";
import { publishableDate } from "./dates.ts";
import { renderBody } from "./render/body.ts";
import { renderContext } from "./render/context.ts";
import {
  type ExportArticle,
  type ExportOptions,
  type ExportSource,
  resolveOptions,
  type ResolvedOptions,
} from "./types.ts";
import { typesetBody, typesetText } from "./typography.ts";

export interface PreparedArticle extends Pick<
  ExportArticle,
  "id" | "slug" | "headline" | "dek" | "byline" | "dateline" | "section" | "tags"
> {
  language: string;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
  body: ArticleBody;
  wordCount: number;
  corrections: PreparedCorrection[];
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

// A pull quote repeats words already in the story, so it does not count towards the length.
function storyWordCount(body: ArticleBody): number {
  const { text, blocks } = bodyText(body);
  return blocks
    .filter((b) => b.type !== "pullquote")
    .reduce((sum, b) => sum + countWords(text.slice(b.start, b.end)), 0);
}

export function prepareArticle(article: ExportArticle, options: ResolvedOptions): PreparedArticle {
  const prose = options.typography ? typesetText : (s: string) => s;
  const clean = (s: string | null | undefined) => prose((s ?? "").trim());
  // Comments stay on the machine: their marks go before anything is rendered, words kept.
  const unmarked = withoutCommentMarks(article.body);
  const body = options.typography ? typesetBody(unmarked) : unmarked;
  const language = (article.language ?? "").trim();
  return {
    id: article.id,
    slug: article.slug,
    headline: clean(article.headline) || "Untitled",
    dek: clean(article.dek),
    byline: clean(article.byline),
    dateline: clean(article.dateline),
    section: (article.section ?? "").trim(),
    tags: [...new Set((article.tags ?? []).map((t) => t.trim()).filter((t) => t !== ""))],
    language: LANGUAGE_TAG.test(language) ? language : "en",
    createdAt: publishableDate(article.createdAt),
    updatedAt: publishableDate(article.updatedAt),
    publishedAt: publishableDate(article.publishedAt),
    body,
    wordCount: storyWordCount(body),
    corrections: prepareCorrections(article.corrections, clean),
  };
}

export interface PreparedExport {
  options: ResolvedOptions;
  article: PreparedArticle;
  /** The story's body as HTML, the same in every format. */
  bodyHtml: string;
}

/** What every format starts from: options resolved, article prepared, body rendered once. */
export function prepareExport(
  article: ExportArticle,
  sources: readonly ExportSource[],
  options: ExportOptions,
): PreparedExport {
  const resolved = resolveOptions(options);
  const prepared = prepareArticle(article, resolved);
  return {
    options: resolved,
    article: prepared,
    bodyHtml: renderBody(prepared.body, renderContext(sources, resolved.quoteAttributes)),
  };
}
