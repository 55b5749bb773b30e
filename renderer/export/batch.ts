// Batch export as a plain loop: one article at a time, a progress report after each,
// and a cancel check between articles (never in the middle of one). The transport and
// the pause between articles are passed in, so the loop is unit-tested without a DOM.
import { errorMessage } from "./exportChoices.ts";

export interface BatchItem {
  id: string;
  headline: string;
}

export interface BatchResult {
  id: string;
  headline: string;
  ok: boolean;
  /** Where the file went, or why it did not. */
  detail: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  results: BatchResult[];
}

export interface BatchRun {
  items: readonly BatchItem[];
  exportOne(id: string): Promise<{ path: string }>;
  onProgress(progress: BatchProgress): void;
  /** Asked before each article; true stops the batch there. */
  cancelled(): boolean;
  /** Lets the UI paint between articles. */
  pause(): Promise<void>;
}

export interface BatchOutcome extends BatchProgress {
  cancelled: boolean;
}

export async function runBatch(run: BatchRun): Promise<BatchOutcome> {
  const results: BatchResult[] = [];
  const total = run.items.length;
  for (const item of run.items) {
    if (run.cancelled()) return { done: results.length, total, results, cancelled: true };
    try {
      const { path } = await run.exportOne(item.id);
      results.push({ id: item.id, headline: item.headline, ok: true, detail: path });
    } catch (error) {
      // One refused or unwritable article must not stop the others.
      results.push({ id: item.id, headline: item.headline, ok: false, detail: errorMessage(error) });
    }
    run.onProgress({ done: results.length, total, results: [...results] });
    await run.pause();
  }
  return { done: results.length, total, results, cancelled: false };
}

export function summarize(outcome: BatchOutcome): string {
  const written = outcome.results.filter((r) => r.ok).length;
  const failed = outcome.results.length - written;
  const parts = [`Exported ${written} of ${outcome.total} article${outcome.total === 1 ? "" : "s"}`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (outcome.cancelled) parts.push(`cancelled after ${outcome.done}`);
  return `${parts.join("; ")}.`;
}
