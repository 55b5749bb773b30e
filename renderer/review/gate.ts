// The publish gate's words and rules on the renderer side; the library decides.
import type { ArticleStatus } from "../../shared/article/status.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";

/** Statuses the library guards with the review: a story reaching readers. */
export function isPublishing(status: ArticleStatus): boolean {
  return status === "ready" || status === "published";
}

/** "mark ready", "mark published": the action as the dialog's button says it. */
export function gateAction(status: ArticleStatus): string {
  return status === "published" ? "publish" : "mark ready";
}

export function overrideLabel(status: ArticleStatus): string {
  return `Override and ${gateAction(status)}`;
}

/** The library's "not while blockers are open" answer, as opposed to any other failure. */
export function isRefusal(error: unknown): boolean {
  return error instanceof CopydeskError && error.code === "refused";
}
