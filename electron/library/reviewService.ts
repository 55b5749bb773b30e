// Attribution review on the library side: the sources and sign-offs a review needs,
// sign-offs themselves, and the publish gate that ready/published/export must pass.
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import {
  type Finding,
  openBlockers,
  reviewArticle,
  reviewedFindings,
  toReviewSource,
} from "../../shared/review/index.ts";
import type { Clock } from "./clock.ts";
import { placeholderMarkers } from "./deskSettings.ts";
import type { LibraryReader, LibraryWriter } from "./store/interface.ts";

/** How many library sources a review checks names against (near-miss spellings). */
const NAME_CHECK_LIMIT = 5000;

/** The article's own sources first, then the rest of the library, each once. */
export function reviewSources(store: LibraryReader, articleId: string): Source[] {
  const own = store.articleSources(articleId);
  const seen = new Set(own.map((s) => s.id));
  return [...own, ...store.findSources("", NAME_CHECK_LIMIT).filter((s) => !seen.has(s.id))];
}

export function reviewStoredArticle(store: LibraryReader, articleId: string, body: ArticleBody): Finding[] {
  return reviewArticle({
    body,
    sources: reviewSources(store, articleId).map(toReviewSource),
    houseStyle: store.styleSheet(),
    placeholders: placeholderMarkers(store),
  });
}

/** The review as the app shows it: every finding, each marked when an editor signed it off. */
export function reviewFindings(store: LibraryReader, articleId: string, body: ArticleBody) {
  return reviewedFindings(reviewStoredArticle(store, articleId, body), store.signOffs(articleId));
}

export function openBlockersOf(store: LibraryReader, articleId: string, body: ArticleBody): Finding[] {
  return openBlockers(reviewStoredArticle(store, articleId, body), store.signOffs(articleId));
}

export interface GateRequest {
  articleId: string;
  body: ArticleBody;
  /** What is being attempted, for the message and the record ("mark it ready"). */
  action: string;
  override?: { reason: string };
}

/**
 * Refuse while blockers are open, unless the editor overrides with a reason; the
 * override is recorded with who, when and which blockers it went past.
 */
export function passPublishGate(
  store: LibraryWriter,
  clock: Clock,
  editorName: string,
  request: GateRequest,
): void {
  const blockers = openBlockersOf(store, request.articleId, request.body);
  if (blockers.length === 0) return;
  if (!request.override) {
    const rules = [...new Set(blockers.map((b) => b.rule))].join(", ");
    throw new CopydeskError(
      "refused",
      `Cannot ${request.action}: ${blockers.length} review blocker${blockers.length > 1 ? "s are" : " is"} open (${rules}). Fix or sign them off, or override with a reason.`,
    );
  }
  store.insertSignOff({
    id: clock.newId(),
    articleId: request.articleId,
    findingId: "publish-gate",
    rule: "publish-gate",
    excerpt: `${request.action}: past ${blockers.length} open blocker${blockers.length > 1 ? "s" : ""} (${[
      ...new Set(blockers.map((b) => b.rule)),
    ].join(", ")})`,
    kind: "override",
    by: editorName,
    at: clock.now(),
    note: request.override.reason,
  });
}
