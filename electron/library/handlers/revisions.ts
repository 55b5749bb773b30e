// Revisions: the history of an article, named checkpoints, and restoring an earlier version.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { articleRow, chooseSlug, mustGetArticle, publicArticle, snapshot } from "../articleRecords.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

type RevisionCalls = "articles.checkpoint" | "revisions.list" | "revisions.get" | "revisions.restore";

export function revisionHandlers({ store, clock }: HandlerContext): HandlerGroup<RevisionCalls> {
  return {
    "articles.checkpoint": ({ id, reason }) =>
      store.transaction((writer) => {
        mustGetArticle(writer, id);
        const revision = snapshot(writer, clock, id, reason?.trim() || "Saved version");
        return writer.listRevisions(id).find((r) => r.id === revision.id)!;
      }),
    "revisions.list": ({ articleId }) => {
      mustGetArticle(store, articleId);
      return store.listRevisions(articleId);
    },
    "revisions.get": ({ id }) => {
      const revision = store.getRevision(id);
      if (!revision) throw new CopydeskError("not-found", "That revision no longer exists.");
      return revision;
    },
    "revisions.restore": ({ articleId, revisionId }) =>
      store.transaction((writer) => {
        const current = mustGetArticle(writer, articleId);
        const revision = writer.getRevision(revisionId);
        if (!revision || revision.articleId !== articleId) {
          throw new CopydeskError("not-found", "That revision does not belong to this article.");
        }
        // Keep what is being replaced, so the restore itself can be undone from history.
        snapshot(writer, clock, articleId, "Before restoring an earlier version");
        const { metadata } = revision;
        const { slug, slugCustom } = chooseSlug(writer, articleId, metadata.slug, metadata.headline, current);
        writer.updateArticle(
          // The words and details come back; the workflow status stays where the desk has it.
          articleRow(articleId, { ...metadata, slug, status: current.status }, slugCustom, revision.body, {
            createdAt: current.createdAt,
            updatedAt: clock.now(),
            publishedAt: current.publishedAt,
            deletedAt: current.deletedAt,
          }),
        );
        snapshot(writer, clock, articleId, `Restored the version of ${revision.createdAt}`);
        return publicArticle(mustGetArticle(writer, articleId));
      }),
  };
}
