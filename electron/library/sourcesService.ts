// Sources and quotes: the registry of who said what across the library.
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { SourceFields } from "../../shared/api/sourceSchemas.ts";
import type { AnyNodeJSON, ArticleBody } from "../../shared/document/nodes.ts";
import type { Clock } from "./clock.ts";
import type { Handlers } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";

export const DEFAULT_SOURCE: SourceFields = {
  name: "",
  kind: "person",
  title: "",
  organization: "",
  reachedVia: "in-person",
  platform: "",
  handle: "",
  standing: "on-record",
  anonymityReason: "",
  verified: false,
  verifiedBy: "",
  verifiedAt: "",
  verifiedHow: "",
  contactNotes: "",
};

/** A copy of the body with every quotation of `fromId` pointed at `toId`. */
export function retagBody(body: ArticleBody, fromId: string, toId: string): ArticleBody {
  const visit = (node: AnyNodeJSON): AnyNodeJSON => {
    const children = "children" in node ? (node.children as AnyNodeJSON[]).map(visit) : undefined;
    const copy = { ...node, ...(children ? { children } : {}) } as AnyNodeJSON;
    if (copy.type === "quotation" && copy.sourceId === fromId) copy.sourceId = toId;
    return copy;
  };
  return { root: visit(body.root) as ArticleBody["root"] };
}

type SourceHandlers = Pick<
  Handlers,
  | "articles.sources"
  | "articles.attachSource"
  | "articles.detachSource"
  | "sources.find"
  | "sources.get"
  | "sources.create"
  | "sources.update"
  | "sources.merge"
  | "sources.quotes"
  | "suggestions.rejected"
  | "suggestions.reject"
>;

export function createSourcesService(
  store: LibraryStore,
  clock: Clock,
  saveBody: (articleId: string, body: ArticleBody) => void,
): SourceHandlers {
  const mustGetSource = (id: string) => {
    const source = store.getSource(id);
    if (!source) throw new CopydeskError("not-found", "That source is not in the library any more.");
    return source;
  };
  return {
    "articles.sources": ({ articleId }) => ({
      sources: store.articleSources(articleId),
      quotes: store.articleQuotes(articleId),
    }),
    "articles.attachSource": ({ articleId, sourceId }) => {
      mustGetSource(sourceId);
      store.attachSource(articleId, sourceId);
      return {};
    },
    "articles.detachSource": ({ articleId, sourceId }) => {
      store.detachSource(articleId, sourceId);
      return {};
    },

    "sources.find": ({ query, limit = 50 }) => store.findSources(query, limit),
    "sources.get": ({ id }) => mustGetSource(id),
    "sources.create": ({ articleId, ...fields }) =>
      store.transaction(() => {
        const id = clock.newId();
        store.insertSource(id, { ...DEFAULT_SOURCE, ...fields }, clock.now());
        if (articleId) store.attachSource(articleId, id);
        return mustGetSource(id);
      }),
    "sources.update": ({ id, changes }) =>
      store.transaction(() => {
        const current = mustGetSource(id);
        const { id: _id, createdAt: _c, updatedAt: _u, quoteCount: _q, ...fields } = current;
        store.updateSource(id, { ...fields, ...changes }, clock.now());
        // Articles are found by their sources' names: refresh the ones that quote this source.
        if (changes.name !== undefined && changes.name !== current.name) {
          for (const articleId of store.sourceArticleIds(id)) store.reindex(articleId);
        }
        return mustGetSource(id);
      }),
    "sources.merge": ({ keepId, mergeId }) =>
      store.transaction(() => {
        if (keepId === mergeId)
          throw new CopydeskError("bad-input", "A source cannot be merged into itself.");
        mustGetSource(keepId);
        mustGetSource(mergeId);
        // The bodies are the truth for tags: rewrite them, then move what remains.
        const articleIds = store.sourceArticleIds(mergeId);
        for (const articleId of articleIds) {
          const article = store.getArticle(articleId);
          if (article) saveBody(articleId, retagBody(article.body, mergeId, keepId));
        }
        store.moveSourceReferences(mergeId, keepId);
        store.deleteSource(mergeId);
        return mustGetSource(keepId);
      }),
    "sources.quotes": ({ sourceId, query = "" }) => {
      mustGetSource(sourceId);
      return store.sourceQuotes(sourceId, query);
    },

    "suggestions.rejected": ({ articleId }) => store.rejectedSuggestions(articleId),
    "suggestions.reject": ({ articleId, fingerprint }) => {
      store.rejectSuggestion(articleId, fingerprint);
      return {};
    },
  };
}
