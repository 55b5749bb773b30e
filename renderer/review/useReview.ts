// The open article's review store, and loading what the review needs from the library.
import { useCallback, useSyncExternalStore } from "react";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { client } from "../client/index.ts";
import { type ReviewState, type ReviewStore, reviewStoreFor } from "./reviewStore.ts";
import { toReviewSource } from "../../shared/review/index.ts";

/** Fetch the sources and sign-offs into the store; returns the sources for a review to use. */
export async function loadReviewContext(store: ReviewStore, articleId: string) {
  try {
    const [context, houseStyle] = await Promise.all([
      client["review.context"]({ articleId }),
      client["style.sheet"]({}),
    ]);
    const sources = context.sources.map(toReviewSource);
    store.update({ sources, signOffs: context.signOffs, houseStyle });
    return sources;
  } catch (error) {
    // Review without sources rather than not at all; say so in the tab.
    store.update({ sources: store.get().sources ?? [], error: (error as Error).message });
    return store.get().sources ?? [];
  }
}

export function useReviewStore(): ReviewStore {
  return reviewStoreFor(useWorkspace().session);
}

export function useReview(): [ReviewState, ReviewStore, () => Promise<unknown>] {
  const { article } = useWorkspace();
  const store = useReviewStore();
  const state = useSyncExternalStore(store.subscribe, store.get);
  const reload = useCallback(() => loadReviewContext(store, article.id), [store, article.id]);
  return [state, store, reload];
}
