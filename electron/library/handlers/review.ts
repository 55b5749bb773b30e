// Review: what a live review needs from the library, sign-offs, and the publish gate's view.
import { mustGetArticle } from "../articleRecords.ts";
import { openBlockersOf, reviewFindings, reviewSources } from "../reviewService.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

type ReviewCalls =
  "review.context" | "review.signOff" | "review.withdrawSignOff" | "review.gate" | "review.findings";

export function reviewHandlers(ctx: HandlerContext): HandlerGroup<ReviewCalls> {
  const { store, clock } = ctx;
  return {
    "review.context": ({ articleId }) => {
      mustGetArticle(store, articleId);
      return { sources: reviewSources(store, articleId), signOffs: store.signOffs(articleId) };
    },
    "review.signOff": ({ articleId, ...finding }) =>
      store.transaction((writer) => {
        mustGetArticle(writer, articleId);
        const record = {
          id: clock.newId(),
          articleId,
          ...finding,
          kind: "sign-off" as const,
          by: ctx.editorName(),
          at: clock.now(),
        };
        writer.insertSignOff(record);
        return record;
      }),
    "review.withdrawSignOff": ({ id }) => {
      store.transaction((writer) => writer.deleteSignOff(id));
      return {};
    },
    "review.findings": ({ articleId }) =>
      reviewFindings(store, articleId, mustGetArticle(store, articleId).body),
    "review.gate": ({ articleId }) => ({
      openBlockers: openBlockersOf(store, articleId, mustGetArticle(store, articleId).body).map(
        ({ id, rule, message, excerpt }) => ({ id, rule, message, excerpt }),
      ),
    }),
  };
}
