// Length (issue 18): each article's word target, and the library's headline and dek limits.
import { DEFAULT_LIMITS } from "../../../shared/article/length.ts";
import { mustGetArticle } from "../articleRecords.ts";
import type { LibraryReader } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

const LIMIT_KEYS = { headline: "headlineCharacterLimit", dek: "dekCharacterLimit" } as const;

function limitOf(store: LibraryReader, field: keyof typeof LIMIT_KEYS): number {
  const stored = Number(store.getSetting(LIMIT_KEYS[field]));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_LIMITS[field];
}

function lengthOf(store: LibraryReader, articleId: string) {
  return {
    target: store.wordTarget(articleId),
    limits: { headline: limitOf(store, "headline"), dek: limitOf(store, "dek") },
  };
}

export function lengthHandlers(
  ctx: HandlerContext,
): HandlerGroup<"length.get" | "length.setTarget" | "length.setLimits"> {
  const { store } = ctx;
  return {
    "length.get": ({ articleId }) => {
      mustGetArticle(store, articleId);
      return lengthOf(store, articleId);
    },
    "length.setTarget": ({ articleId, words }) =>
      store.transaction((writer) => {
        mustGetArticle(writer, articleId);
        writer.setWordTarget(articleId, words);
        return lengthOf(writer, articleId);
      }),
    "length.setLimits": ({ articleId, headline, dek }) =>
      store.transaction((writer) => {
        writer.setSetting(LIMIT_KEYS.headline, String(headline));
        writer.setSetting(LIMIT_KEYS.dek, String(dek));
        return lengthOf(writer, articleId);
      }),
  };
}
