// What a block renderer needs besides its node: the story's sources (to name a quotation's
// speaker) and the heading rank used last (so exported headings never skip a level).
import type { ExportSource } from "../types.ts";

export interface RenderContext {
  sources: ReadonlyMap<string, ExportSource>;
  quoteAttributes: boolean;
  /** A draft export that shows suggested edits as <ins>/<del> (see suggestion.ts). */
  showSuggestions: boolean;
  /** Rank of the previous heading; the page's <h1> headline counts as 1. */
  headingRank: number;
  /** Pull quotes are <aside> landmarks and need distinct names when there are several. */
  pullQuotes: { total: number; seen: number };
}

export function renderContext(
  sources: readonly ExportSource[],
  quoteAttributes: boolean,
  showSuggestions = false,
): RenderContext {
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    quoteAttributes,
    showSuggestions,
    headingRank: 1,
    pullQuotes: { total: 0, seen: 0 },
  };
}
