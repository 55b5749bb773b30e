// An article's row as SQLite holds it, and the typed records callers see: one place for the
// column names, used by the article store and the search alike.
import type { ArticleStatus } from "../../../shared/article/status.ts";
import type { ArticleSummary } from "../../../shared/api/schemas.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import type { ArticleRow, StoredArticle, StoredArticleHead } from "./interface.ts";

export interface ArticleRecord {
  id: string;
  slug: string;
  slug_custom: number;
  headline: string;
  dek: string;
  byline: string;
  dateline: string;
  section: string;
  tags: string;
  status: ArticleStatus;
  body: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  deleted_at: string | null;
}

export type SummaryRecord = Omit<
  ArticleRecord,
  "body" | "tags" | "slug_custom" | "dateline" | "created_at" | "published_at"
>;

/** The columns of a list entry, over the articles table as `a`. */
export const SUMMARY_COLUMNS =
  "a.id, a.slug, a.headline, a.dek, a.byline, a.section, a.status, a.word_count, a.updated_at, a.deleted_at";

export function toArticle(r: ArticleRecord): StoredArticle {
  return { ...toArticleHead(r), body: JSON.parse(r.body) as ArticleBody };
}

export function toArticleHead(r: Omit<ArticleRecord, "body">): StoredArticleHead {
  return {
    id: r.id,
    slug: r.slug,
    slugCustom: r.slug_custom === 1,
    headline: r.headline,
    dek: r.dek,
    byline: r.byline,
    dateline: r.dateline,
    section: r.section,
    tags: JSON.parse(r.tags) as string[],
    status: r.status,
    wordCount: r.word_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    deletedAt: r.deleted_at,
  };
}

/** A list entry; a search adds what matched. */
export function toSummary(r: SummaryRecord): ArticleSummary {
  return {
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    dek: r.dek,
    byline: r.byline,
    section: r.section,
    status: r.status,
    wordCount: r.word_count,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    match: null,
  };
}

/** The columns an insert or update writes, from the service's row. */
export function toRecord(
  row: ArticleRow,
): Omit<ArticleRecord, "slug_custom"> & { slug_custom: number; body_text: string } {
  return {
    id: row.id,
    slug: row.metadata.slug,
    slug_custom: row.slugCustom ? 1 : 0,
    headline: row.metadata.headline,
    dek: row.metadata.dek,
    byline: row.metadata.byline,
    dateline: row.metadata.dateline,
    section: row.metadata.section,
    tags: JSON.stringify(row.metadata.tags),
    status: row.metadata.status,
    body: JSON.stringify(row.body),
    body_text: row.bodyText,
    word_count: row.wordCount,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    published_at: row.publishedAt,
    deleted_at: row.deletedAt,
  };
}
