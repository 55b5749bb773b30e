// Copydesk's attribution review: what a standards editor checks before a story goes out.
// reviewArticle() runs every registered rule over a stored body; reviewText() does the same for a
// plain text file (no tags, so every quote is untagged).
import { detectQuotes, matchSourceName } from "../quotes/index.ts";
import { reviewTextWith, reviewWith } from "./review.ts";
import type { Finding, ReviewDependencies, ReviewInput, ReviewSource } from "./types.ts";

const QUOTES: ReviewDependencies = { detectQuotes, matchSourceName };

export function reviewArticle(input: ReviewInput): Finding[] {
  return reviewWith(QUOTES, input);
}

export function reviewText(text: string, sources: ReviewSource[] = []): Finding[] {
  return reviewTextWith(QUOTES, text, sources);
}

export { RULES } from "./rules/index.ts";
export { toReviewSource } from "./librarySource.ts";
export { isBlocker, openBlockers, reviewedFindings, signedOff } from "./signOff.ts";
export { bodyFromText } from "./textBody.ts";
export { findingId } from "./findingId.ts";
export {
  DEFAULT_PLACEHOLDER_MARKERS,
  PLACEHOLDER_RULE_ID,
  findPlaceholders,
} from "./rules/placeholder-left.ts";
export type {
  Finding,
  FindingFix,
  ReachedVia,
  ReviewContext,
  ReviewInput,
  ReviewRule,
  ReviewSource,
  Severity,
  SignOff,
  SourceStanding,
} from "./types.ts";
