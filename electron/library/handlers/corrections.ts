// Corrections (issue 18): a published story corrected, with the text, when and by whom. The
// story as it stood is kept as a revision first, so every earlier version stays in History.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { mustGetArticle } from "../articleRecords.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

export function correctionHandlers(
  ctx: HandlerContext,
): HandlerGroup<"corrections.list" | "corrections.add"> {
  const { store, clock } = ctx;
  return {
    "corrections.list": ({ articleId }) => {
      mustGetArticle(store, articleId);
      return store.corrections(articleId);
    },
    "corrections.add": ({ articleId, text }) =>
      store.transaction((writer) => {
        const article = mustGetArticle(writer, articleId);
        if (article.status !== "published" || article.publishedAt === null)
          throw new CopydeskError(
            "refused",
            "Only a published story takes a correction; edit a draft directly.",
          );
        const now = clock.now();
        writer.insertRevision({
          id: clock.newId(),
          articleId,
          createdAt: now,
          reason: "Before correction",
          author: ctx.editorName(),
        });
        writer.insertCorrection(articleId, {
          id: clock.newId(),
          text,
          correctedAt: now,
          correctedBy: ctx.editorName(),
        });
        return writer.corrections(articleId);
      }),
  };
}
