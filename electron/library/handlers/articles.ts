// Articles: list and search, read, create, update (autosave), Trash.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import type { ArticleMetadata } from "../../../shared/api/schemas.ts";
import {
  articleRow,
  chooseSlug,
  createArticle,
  mustGetArticle,
  PUBLISHING_STATUSES,
  publicArticle,
  snapshot,
} from "../articleRecords.ts";
import { openBlockersOf, passPublishGate } from "../reviewService.ts";
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
  | "articles.emptyTrash";

function updateArticle(ctx: HandlerContext): Handlers["articles.update"] {
  const { store, clock } = ctx;
  return ({ id, changes, override, baseUpdatedAt }) =>
    store.transaction((writer) => {
      const current = mustGetArticle(writer, id);
      if (current.deletedAt)
        throw new CopydeskError("refused", "This article is in the Trash; restore it first.");
      const { body: newBody, ...metadataChanges } = changes;
      const merged: ArticleMetadata = { ...current, ...metadataChanges };
      if (merged.status !== current.status && PUBLISHING_STATUSES.has(merged.status)) {
        passPublishGate(writer, clock, ctx.editorName(), {
          articleId: id,
          body: newBody ?? current.body,
          action: `mark it ${merged.status}`,
          override,
        });
      }
      // A story marked ready that gains a new review blocker goes back to the desk: the
      // gate (or its override) judged the story as it was, not as it is now.
      if (newBody && merged.status === "ready" && current.status === "ready") {
        const before = new Set(openBlockersOf(writer, id, current.body).map((f) => f.id));
        if (openBlockersOf(writer, id, newBody).some((f) => !before.has(f.id))) merged.status = "in-edit";
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
      writer.updateArticle(
        articleRow(id, { ...merged, slug }, slugCustom, newBody ?? current.body, {
          createdAt: current.createdAt,
          updatedAt: now,
          publishedAt,
          deletedAt: null,
        }),
      );
      // Keep history without a revision per keystroke: one on a status change, and one
      // when the newest is older than the interval.
      const latest = writer.latestRevision(id);
      const stale = !latest || Date.parse(now) - Date.parse(latest.createdAt) >= REVISION_INTERVAL_MS;
      if (statusChanged) snapshot(writer, clock, id, `Status: ${merged.status}`);
      else if (stale) snapshot(writer, clock, id, "Autosave");
      return publicArticle(mustGetArticle(writer, id));
    });
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
    "articles.emptyTrash": () => ({ removed: store.transaction((writer) => writer.purgeTrash()) }),
  };
}
