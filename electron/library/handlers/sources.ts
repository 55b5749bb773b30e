// Sources and quotes: the registry of who said what across the library.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import type { Source, SourceFields } from "../../../shared/api/sourceSchemas.ts";
import { retagQuotations } from "../../../shared/document/transform.ts";
import { saveBody } from "../articleRecords.ts";
import type { LibraryReader } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

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

type SourceCalls =
  | "articles.sources"
  | "articles.attachSource"
  | "articles.detachSource"
  | "sources.find"
  | "sources.findEach"
  | "sources.get"
  | "sources.create"
  | "sources.update"
  | "sources.merge"
  | "sources.quotes"
  | "suggestions.rejected"
  | "suggestions.reject";

function mustGetSource(reader: LibraryReader, id: string) {
  const source = reader.getSource(id);
  if (!source) throw new CopydeskError("not-found", "That source is not in the library any more.");
  return source;
}

export function sourceHandlers({ store, clock }: HandlerContext): HandlerGroup<SourceCalls> {
  return {
    "articles.sources": ({ articleId }) => ({
      sources: store.articleSources(articleId),
      quotes: store.articleQuotes(articleId),
    }),
    "articles.attachSource": ({ articleId, sourceId }) =>
      store.transaction((writer) => {
        mustGetSource(writer, sourceId);
        writer.attachSource(articleId, sourceId);
        return {};
      }),
    "articles.detachSource": ({ articleId, sourceId }) => {
      store.transaction((writer) => writer.detachSource(articleId, sourceId));
      return {};
    },

    "sources.find": ({ query, limit = 50 }) => store.findSources(query, limit),
    "sources.findEach": ({ queries, limit = 50 }) => {
      const found = new Map<string, Source>();
      for (const query of new Set(queries))
        for (const s of store.findSources(query, limit)) found.set(s.id, s);
      return [...found.values()];
    },
    "sources.get": ({ id }) => mustGetSource(store, id),
    "sources.create": ({ articleId, ...fields }) =>
      store.transaction((writer) => {
        const id = clock.newId();
        writer.insertSource(id, { ...DEFAULT_SOURCE, ...fields }, clock.now());
        if (articleId) writer.attachSource(articleId, id);
        return mustGetSource(writer, id);
      }),
    "sources.update": ({ id, changes }) =>
      store.transaction((writer) => {
        const current = mustGetSource(writer, id);
        const { id: _id, createdAt: _c, updatedAt: _u, quoteCount: _q, ...fields } = current;
        writer.updateSource(id, { ...fields, ...changes }, clock.now());
        // Articles are found by their sources' names: refresh the ones that quote this source.
        if (changes.name !== undefined && changes.name !== current.name) {
          for (const articleId of writer.sourceArticleIds(id)) writer.reindex(articleId);
        }
        return mustGetSource(writer, id);
      }),
    "sources.merge": ({ keepId, mergeId }) =>
      store.transaction((writer) => {
        if (keepId === mergeId)
          throw new CopydeskError("bad-input", "A source cannot be merged into itself.");
        mustGetSource(writer, keepId);
        mustGetSource(writer, mergeId);
        // The bodies are the truth for tags: rewrite them, then move what remains.
        for (const articleId of writer.sourceArticleIds(mergeId)) {
          const article = writer.getArticle(articleId);
          if (article) saveBody(writer, articleId, retagQuotations(article.body, mergeId, keepId));
        }
        writer.moveSourceReferences(mergeId, keepId);
        writer.deleteSource(mergeId);
        return mustGetSource(writer, keepId);
      }),
    "sources.quotes": ({ sourceId, query = "" }) => {
      mustGetSource(store, sourceId);
      return store.sourceQuotes(sourceId, query);
    },

    "suggestions.rejected": ({ articleId }) => store.rejectedSuggestions(articleId),
    "suggestions.reject": ({ articleId, fingerprint }) => {
      store.transaction((writer) => writer.rejectSuggestion(articleId, fingerprint));
      return {};
    },
  };
}
