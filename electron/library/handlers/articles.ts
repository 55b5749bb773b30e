// Articles: list and search, read, create, update (autosave), Trash.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import type { Article, ArticleMetadata } from "../../../shared/api/schemas.ts";
import {
  articleRow,
  chooseSlug,
  createArticle,
  mustGetArticle,
  mustGetArticleHead,
  PUBLISHING_STATUSES,
  publicArticle,
  snapshot,
} from "../articleRecords.ts";
import { plainText } from "../../../shared/document/text.ts";
import { isBlocker, openBlockers, type Finding } from "../../../shared/review/index.ts";
import { removeUnusedPictures } from "../pictures.ts";
import { passPublishGate, reviewStoredArticle } from "../reviewService.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import type { ArticleRow, LibraryReader } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup, Handlers } from "./context.ts";

/** Autosaves closer together than this update the article without a new revision. */
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

type ArticleCalls =
  | "articles.list"
  | "articles.sections"
  | "articles.get"
  | "articles.create"
  | "articles.update"
  | "articles.trash"
  | "articles.restore"
  | "articles.discardUntouched"
  | "articles.emptyTrash";

/** The article as just written, without reading and parsing the stored body back. */
function writtenArticle(row: ArticleRow): Article {
  const { id, metadata, body, wordCount, createdAt, updatedAt, publishedAt, deletedAt } = row;
  return { id, ...metadata, body, wordCount, createdAt, updatedAt, publishedAt, deletedAt };
}

function updateArticle(ctx: HandlerContext): Handlers["articles.update"] {
  const { store, clock } = ctx;
  // The blockers found in each ready story as last saved (signed off or not), so a save
  // reviews its new body only, not the old one again. Keyed by updatedAt: any other write
  // to the story makes the entry stale, and the old body is reviewed as before.
  const lastBlockers = new Map<string, { updatedAt: string; ids: Set<string> }>();
  const blockers = (reader: LibraryReader, id: string, body: ArticleBody) =>
    reviewStoredArticle(reader, id, body).filter(isBlocker);

  /** New open blockers: the edit goes back to the desk (the gate judged the story as it was). */
  const judge = (reader: LibraryReader, id: string, before: Set<string>, after: Finding[]) => ({
    after: new Set(after.map((f) => f.id)),
    backToDesk: openBlockers(after, reader.signOffs(id)).some((f) => !before.has(f.id)),
  });

  return ({ id, changes, override, baseUpdatedAt }) => {
    // The review is the slow part of a ready story's save: for a story saved ready before,
    // run it before the write transaction; it is redone inside only if a write came between.
    const known = changes.body && (changes.status ?? "ready") === "ready" ? lastBlockers.get(id) : undefined;
    const early = known && { ...known, after: blockers(store, id, changes.body!) };
    return store.transaction((writer) => {
      // The stored body is parsed only when needed (a ready story's review, a publish gate).
      const current = mustGetArticleHead(writer, id);
      let storedBody: ArticleBody | undefined;
      const currentBody = () => (storedBody ??= mustGetArticle(writer, id).body);
      if (current.deletedAt)
        throw new CopydeskError("refused", "This article is in the Trash; restore it first.");
      const { body: newBody, ...metadataChanges } = changes;
      const merged: ArticleMetadata = { ...current, ...metadataChanges };
      if (merged.status !== current.status && PUBLISHING_STATUSES.has(merged.status)) {
        passPublishGate(writer, clock, ctx.editorName(), {
          articleId: id,
          body: newBody ?? currentBody(),
          action: `mark it ${merged.status}`,
          override,
        });
      }
      let review: ReturnType<typeof judge> | undefined;
      if (newBody && merged.status === "ready" && current.status === "ready") {
        const reviewed = early?.updatedAt === current.updatedAt ? early : undefined;
        const before = reviewed?.ids ?? new Set(blockers(writer, id, currentBody()).map((f) => f.id));
        review = judge(writer, id, before, reviewed?.after ?? blockers(writer, id, newBody));
        if (review.backToDesk) merged.status = "in-edit";
      }
      const { slug, slugCustom } = chooseSlug(writer, id, metadataChanges.slug, merged.headline, current);
      // Another window saved since this writer last looked: keep that version in history
      // rather than lose it under this save.
      if (baseUpdatedAt && baseUpdatedAt !== current.updatedAt) {
        snapshot(writer, clock, id, "Kept before a save from another window");
      }
      const now = clock.now();
      const statusChanged = merged.status !== current.status;
      const publishedAt = current.publishedAt ?? (merged.status === "published" ? now : null);
      const row = articleRow(id, { ...merged, slug }, slugCustom, newBody ?? currentBody(), {
        createdAt: current.createdAt,
        updatedAt: now,
        publishedAt,
        deletedAt: null,
      });
      writer.updateArticle(row);
      if (review && merged.status === "ready") lastBlockers.set(id, { updatedAt: now, ids: review.after });
      else lastBlockers.delete(id);
      // Keep history without a revision per keystroke: one on a status change, and one
      // when the newest is older than the interval.
      const latest = writer.latestRevision(id);
      const stale = !latest || Date.parse(now) - Date.parse(latest.createdAt) >= REVISION_INTERVAL_MS;
      if (statusChanged) snapshot(writer, clock, id, `Status: ${merged.status}`);
      else if (stale) snapshot(writer, clock, id, "Autosave");
      return writtenArticle(row);
    });
  };
}

export function articleHandlers(ctx: HandlerContext): HandlerGroup<ArticleCalls> {
  const { store, clock } = ctx;
  const setDeleted = (id: string, deletedAt: string | null) =>
    store.transaction((writer) => {
      mustGetArticle(writer, id);
      writer.setDeleted(id, deletedAt);
      return publicArticle(mustGetArticle(writer, id));
    });
  return {
    // A search page is shorter than a list page: each hit pays for its excerpt.
    "articles.list": ({ query, limit, ...filter }) =>
      query && query.trim()
        ? store.searchArticles(query, { ...filter, limit: limit ?? 50 })
        : store.listArticles({ ...filter, limit: limit ?? 200 }),
    "articles.sections": () => store.sections(),
    "articles.get": ({ id }) => publicArticle(mustGetArticle(store, id)),
    "articles.create": (input) => createArticle(ctx, input),
    "articles.update": updateArticle(ctx),
    "articles.trash": ({ id }) => setDeleted(id, clock.now()),
    "articles.restore": ({ id }) => setDeleted(id, null),
    // Emptying Trash is when pictures most often lose the last story (and its History) that
    // showed them: they go with it, in the same transaction.
    "articles.emptyTrash": () =>
      store.transaction((writer) => {
        const removed = writer.purgeTrash();
        removeUnusedPictures(writer, clock.now());
        return { removed };
      }),
    // A New Article nobody wrote in: nothing saved since its creation, no headline, words or source.
    "articles.discardUntouched": ({ id }) =>
      store.transaction((writer) => {
        const current = writer.getArticle(id);
        const untouched =
          current !== undefined &&
          current.updatedAt === current.createdAt &&
          current.headline === "" &&
          plainText(current.body).trim() === "" &&
          writer.articleSources(id).length === 0;
        if (untouched) writer.deleteArticle(id);
        return { discarded: untouched };
      }),
  };
}
