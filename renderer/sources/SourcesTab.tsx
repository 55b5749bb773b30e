// The inspector's Sources tab (issue 3): the article's sources with their quotes, adding,
// editing, merging and removing them, highlighting their quotes in the text, and the
// quotations detection suggests.
import { useEffect, useState } from "react";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { client } from "../client/index.ts";
import { $quoteKeys, $retagSource, $untagSource } from "./editorQuotes.ts";
import { quotesOf } from "./quoteGroups.ts";
import { SourceCard } from "./SourceCard.tsx";
import { SourcePicker } from "./SourcePicker.tsx";
import { SourceQuotesPage } from "./SourceQuotesPage.tsx";
import { type SourcesModel, sourcesModelFor, type SourcesState, useSourcesState } from "./sourcesModel.ts";
import { SuggestionList } from "./SuggestionList.tsx";
import "./sources.css";

/** What the tab does to the article's sources: attach, highlight, merge, remove. */
function useSourceActions(model: SourcesModel, state: SourcesState) {
  const { article, editorRef, session, notify, libraryChanged } = useWorkspace();
  const fail = (e: unknown) => notify((e as Error).message);

  const add = async (source: Source) => {
    model.rememberName(source);
    try {
      await client["articles.attachSource"]({ articleId: article.id, sourceId: source.id });
      await model.refresh();
    } catch (e) {
      fail(e);
    }
  };

  const highlight = (sourceId: string) => {
    const on = state.highlight !== sourceId;
    model.set({ highlight: on ? sourceId : null });
    const editor = editorRef.current;
    if (!on || !editor) return;
    const keys = editor.getEditorState().read(() => $quoteKeys((q) => q.getSourceId() === sourceId));
    editor.getElementByKey(keys[0] ?? "")?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const merge = async (keep: Source, other: Source) => {
    try {
      // The library rewrites stored bodies; the open one is saved first and retagged after.
      await session.flush();
      const kept = await client["sources.merge"]({ keepId: keep.id, mergeId: other.id });
      editorRef.current?.update(() => void $retagSource(other.id, kept.id));
      model.rememberName(kept);
      await model.refresh();
      libraryChanged();
      notify(`Merged “${other.name}” into “${kept.name}”.`);
    } catch (e) {
      fail(e);
    }
  };

  const remove = async (source: Source) => {
    try {
      let untagged = 0;
      editorRef.current?.update(() => void (untagged = $untagSource(source.id)), { discrete: true });
      // The untagged body must reach the library, or the quotes would tie the source back.
      await session.flush();
      await client["articles.detachSource"]({ articleId: article.id, sourceId: source.id });
      if (state.highlight === source.id) model.set({ highlight: null });
      await model.refresh();
      notify(
        `${source.name} removed from the article${untagged ? `; ${untagged} quote tag(s) removed` : ""}.`,
      );
    } catch (e) {
      fail(e);
    }
  };

  return { add, highlight, merge, remove };
}

export function SourcesTab() {
  const { article, notify } = useWorkspace();
  const model = sourcesModelFor(article.id);
  const state = useSourcesState(model);
  const [adding, setAdding] = useState(false);
  const [page, setPage] = useState<Source | null>(null);

  // The saved article is what the library derives quotes from: reload after each save.
  useEffect(() => {
    void model.refresh().catch((e: Error) => notify(e.message));
  }, [model, article.updatedAt, notify]);

  const { add, highlight, merge, remove } = useSourceActions(model, state);

  return (
    <div className="sources-tab">
      <div className="section-head">
        <h3>Sources {state.sources.length > 0 && `(${state.sources.length})`}</h3>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            Add source
          </button>
        )}
      </div>
      {adding && (
        <div className="inline-panel">
          <SourcePicker
            articleId={article.id}
            articleSources={[]}
            exclude={state.sources.map((s) => s.id)}
            onChoose={(s) => {
              setAdding(false);
              void add(s);
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      {state.loaded && state.sources.length === 0 && (
        <p className="muted">
          No sources yet. Select quoted words and press Ctrl/⌘+Shift+Q, or accept a suggestion.
        </p>
      )}
      <ul className="source-list" aria-label="Article sources">
        {state.sources.map((s) => (
          <SourceCard
            key={s.id}
            source={s}
            quotes={quotesOf(state.quotes, s.id)}
            articleId={article.id}
            highlighted={state.highlight === s.id}
            onHighlight={() => highlight(s.id)}
            onSaved={(saved) => {
              model.rememberName(saved);
              void model.refresh();
            }}
            onShowAll={() => setPage(s)}
            onMerge={(other) => merge(s, other)}
            onRemove={() => remove(s)}
          />
        ))}
      </ul>
      <SuggestionList model={model} />
      {page && <SourceQuotesPage source={page} currentArticleId={article.id} onClose={() => setPage(null)} />}
    </div>
  );
}
