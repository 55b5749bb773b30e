// The data that crosses the API, as zod schemas. Types are inferred from them so the
// contract is declared once.
import { z } from "zod";
import { ARTICLE_STATUSES } from "../article/status.ts";
import type { ArticleBody } from "../document/nodes.ts";
import { articleBodySchema } from "../document/schema.ts";

export const id = z.string().min(1).max(64);
export const articleStatus = z.enum(ARTICLE_STATUSES);

/** A Lexical body, checked node by node (shared/document/schema.ts): every body a call takes. */
export const articleBody = articleBodySchema;

/**
 * A body the library hands back: checked for its outline only. It passed articleBody on the
 * way in (or predates it); refusing an older stored body here would lock its story away.
 */
export const storedBody = z.custom<ArticleBody>((value) => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root;
  return typeof root === "object" && root !== null && root.type === "root" && Array.isArray(root.children);
}, "The article body is not a Copydesk document.");

const shortText = (max: number) => z.string().max(max, `Too long: at most ${max} characters.`);

export const articleMetadata = z.object({
  headline: shortText(500),
  dek: shortText(2000),
  byline: shortText(500),
  dateline: shortText(200),
  slug: shortText(100),
  section: shortText(100),
  tags: z.array(shortText(100)).max(100),
  status: articleStatus,
});

export const article = articleMetadata.extend({
  id,
  body: storedBody,
  wordCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});

export const articleSummary = z.object({
  id,
  headline: z.string(),
  dek: z.string(),
  byline: z.string(),
  slug: z.string(),
  section: z.string(),
  status: articleStatus,
  wordCount: z.number().int(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** Search only: the headline and a body excerpt with matches between \u0002 and \u0003. */
  match: z.object({ headline: z.string(), excerpt: z.string() }).nullable(),
});

export const revisionSummary = z.object({
  id,
  articleId: id,
  createdAt: z.string(),
  reason: z.string(),
  /** Who kept it ('' for revisions from before authors were recorded). */
  author: z.string(),
  headline: z.string(),
  wordCount: z.number().int(),
});

export const revision = revisionSummary.extend({
  metadata: articleMetadata,
  body: storedBody,
});

export const libraryInfo = z.object({
  path: z.string(),
  articles: z.number().int(),
  schemaVersion: z.number().int(),
  editorName: z.string(),
  /** Shown on suggestions, comments, sign-offs and revisions: set by hand or from the name. */
  editorInitials: z.string(),
});

export type Article = z.infer<typeof article>;
export type ArticleMetadata = z.infer<typeof articleMetadata>;
export type ArticleSummary = z.infer<typeof articleSummary>;
export type RevisionSummary = z.infer<typeof revisionSummary>;
export type Revision = z.infer<typeof revision>;
export type LibraryInfo = z.infer<typeof libraryInfo>;
