// How an article becomes a stored row, shared by the handlers that write articles:
// the slug it gets, its normalised body with text, word count and tagged quotes,
// the revisions kept of it, and creating one (through the publish gate when born ready).
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import { slugify, uniqueSlug } from "../../shared/article/slug.ts";
import { emptyBody } from "../../shared/document/build.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { normalizeBody } from "../../shared/document/normalize.ts";
import { taggedQuotes } from "../../shared/document/quotations.ts";
import { countWords, plainText } from "../../shared/document/text.ts";
import type { Clock } from "./clock.ts";
import { editorNameIn } from "./editorName.ts";
import type { HandlerContext } from "./handlers/context.ts";
import { passPublishGate } from "./reviewService.ts";
import type {
  ArticleRow,
  LibraryReader,
  LibraryWriter,
  StoredArticle,
  StoredArticleHead,
} from "./store/interface.ts";

const DEFAULT_METADATA: ArticleMetadata = {
  headline: "",
  dek: "",
  byline: "",
  dateline: "",
  slug: "",
  section: "",
  tags: [],
  status: "draft",
};

export const PUBLISHING_STATUSES = new Set(["ready", "published"]);

export function publicArticle(stored: StoredArticle): Article {
  const { slugCustom: _slugCustom, ...article } = stored;
  return article;
}

/** The article without its body: what an autosave needs to know, without parsing 250 KB. */
export function mustGetArticleHead(reader: LibraryReader, id: string): StoredArticleHead {
  const article = reader.getArticleHead(id);
  if (!article) throw new CopydeskError("not-found", "That article is not in the library any more.");
  return article;
}

export function mustGetArticle(reader: LibraryReader, id: string): StoredArticle {
  const article = reader.getArticle(id);
  if (!article) throw new CopydeskError("not-found", "That article is not in the library any more.");
  return article;
}

/** Choose the slug: the editor's own if they typed one, else one made from the headline. */
export function chooseSlug(
  reader: LibraryReader,
  id: string,
  requested: string | undefined,
  headline: string,
  current?: StoredArticleHead,
): { slug: string; slugCustom: boolean } {
  if (requested !== undefined && requested !== current?.slug) {
    const slug = slugify(requested);
    if (reader.slugTaken(slug, id)) {
      throw new CopydeskError("conflict", `The slug "${slug}" is already used by another article.`);
    }
    return { slug, slugCustom: requested.trim() !== "" };
  }
  if (current?.slugCustom) return { slug: current.slug, slugCustom: true };
  // Once a story is ready or out, its address stays put: a headline fix must not move it.
  if (current && PUBLISHING_STATUSES.has(current.status)) return { slug: current.slug, slugCustom: false };
  if (current && headline === current.headline) return { slug: current.slug, slugCustom: false };
  return { slug: uniqueSlug(slugify(headline), (s) => reader.slugTaken(s, id)), slugCustom: false };
}

export type ArticleTimes = Pick<ArticleRow, "createdAt" | "updatedAt" | "publishedAt" | "deletedAt">;

export function articleRow(
  id: string,
  metadata: ArticleMetadata,
  slugCustom: boolean,
  body: ArticleBody,
  times: ArticleTimes,
): ArticleRow {
  const tidy = normalizeBody(body);
  const bodyText = plainText(tidy);
  return {
    id,
    metadata,
    slugCustom,
    body: tidy,
    bodyText,
    wordCount: countWords(bodyText),
    quotes: taggedQuotes(tidy),
    ...times,
  };
}

/** Keep the article as stored now as a revision. */
export function snapshot(writer: LibraryWriter, clock: Clock, articleId: string, reason: string) {
  const revision = {
    id: clock.newId(),
    articleId,
    createdAt: clock.now(),
    reason,
    author: editorNameIn(writer),
  };
  writer.insertRevision(revision);
  return revision;
}

/** Replace an article's body in place (no revision): used when a source merge retags it. */
export function saveBody(writer: LibraryWriter, id: string, newBody: ArticleBody): void {
  const current = mustGetArticle(writer, id);
  const { slugCustom, createdAt, updatedAt, publishedAt, deletedAt } = current;
  writer.updateArticle(
    articleRow(id, current, slugCustom, newBody, { createdAt, updatedAt, publishedAt, deletedAt }),
  );
}

export type NewArticle = Partial<ArticleMetadata> & { body?: ArticleBody };

export function createArticle(ctx: HandlerContext, input: NewArticle, reason = "Created"): Article {
  const { clock } = ctx;
  return ctx.store.transaction((writer) => {
    const id = clock.newId();
    const now = clock.now();
    const metadata = { ...DEFAULT_METADATA, ...input };
    const { slug, slugCustom } = chooseSlug(writer, id, input.slug || undefined, metadata.headline);
    const publishedAt = metadata.status === "published" ? now : null;
    writer.insertArticle(
      articleRow(id, { ...metadata, slug }, slugCustom, input.body ?? emptyBody(), {
        createdAt: now,
        updatedAt: now,
        publishedAt,
        deletedAt: null,
      }),
    );
    // A story cannot be born ready or published past the review (the transaction undoes it).
    if (PUBLISHING_STATUSES.has(metadata.status)) {
      passPublishGate(writer, clock, ctx.editorName(), {
        articleId: id,
        body: input.body ?? emptyBody(),
        action: `create it as ${metadata.status}`,
      });
    }
    snapshot(writer, clock, id, reason);
    return publicArticle(mustGetArticle(writer, id));
  });
}
