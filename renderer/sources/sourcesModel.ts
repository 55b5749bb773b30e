// What the Sources tab and the tagging plugin share about the open article: its sources
// and saved quotes, the pending suggestions, and which source is highlighted. The tab
// unmounts when another inspector tab is chosen; this store outlives it.
import { useSyncExternalStore } from "react";
import type { QuoteRecord, Source } from "../../shared/api/sourceSchemas.ts";
import type { SourceMatch } from "../../shared/quotes/index.ts";
import { client } from "../client/index.ts";
import type { SpeakerOption, Suggestion } from "./suggestions.ts";

export interface SuggestionView extends Suggestion {
  /** The library source the suggested speaker probably is. */
  match: SourceMatch | null;
  /** The speakers offered, best first, and whether the best is sure enough to pre-select. */
  options?: SpeakerOption[];
  confident?: boolean;
}

export interface SourcesState {
  articleId: string;
  sources: Source[];
  quotes: QuoteRecord[];
  loaded: boolean;
  suggestions: SuggestionView[];
  /** Detection has run at least once for this article. */
  detected: boolean;
  highlight: string | null;
  /** Names of sources tagged in this session that the article list may not know yet. */
  names: Record<string, string>;
}

export class SourcesModel {
  private state: SourcesState;
  private readonly listeners = new Set<() => void>();
  private loading = 0;

  constructor(articleId: string) {
    this.state = {
      articleId,
      sources: [],
      quotes: [],
      loaded: false,
      suggestions: [],
      detected: false,
      highlight: null,
      names: {},
    };
  }

  get articleId(): string {
    return this.state.articleId;
  }

  getState = (): SourcesState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(changes: Partial<SourcesState>): void {
    this.state = { ...this.state, ...changes };
    this.listeners.forEach((l) => l());
  }

  rememberName(source: Pick<Source, "id" | "name">): void {
    if (this.state.names[source.id] === source.name) return;
    this.set({ names: { ...this.state.names, [source.id]: source.name } });
  }

  nameOf(sourceId: string): string | undefined {
    return this.state.sources.find((s) => s.id === sourceId)?.name ?? this.state.names[sourceId];
  }

  /** Reload the article's sources and saved quotes; a late answer never overwrites a newer one. */
  async refresh(): Promise<void> {
    const ticket = ++this.loading;
    const { sources, quotes } = await client["articles.sources"]({ articleId: this.articleId });
    if (ticket !== this.loading) return;
    this.set({ sources, quotes, loaded: true });
  }
}

let current: SourcesModel | null = null;

/** The model of the open article (one article is open at a time). */
export function sourcesModelFor(articleId: string): SourcesModel {
  if (!current || current.articleId !== articleId) current = new SourcesModel(articleId);
  return current;
}

export function useSourcesState(model: SourcesModel): SourcesState {
  return useSyncExternalStore(model.subscribe, model.getState);
}
