// One review, as the worker and the in-page fallback both run it: the body as the editor
// serialized it, the sources the story may name; back come the findings and the plain text
// they point into (so the page can tell when the editor has moved on).
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { bodyText } from "../../shared/document/text.ts";
import { type Finding, type ReviewSource, reviewArticle } from "../../shared/review/index.ts";
import type { StyleRule } from "../../shared/review/style/index.ts";

export interface ReviewRequest {
  /** Increases with every request, so a late answer to an old one is dropped. */
  generation: number;
  body: ArticleBody;
  sources: ReviewSource[];
  /** The library's house style and placeholder markers (issue 18). */
  houseStyle?: StyleRule[];
  placeholders?: string[];
}

export interface ReviewResult {
  generation: number;
  findings: Finding[];
  text: string;
  /** Milliseconds the review took where it ran: a figure for the console, never a test. */
  elapsed: number;
}

export function runReview(request: ReviewRequest): ReviewResult {
  const began = performance.now();
  const { body, sources, houseStyle, placeholders } = request;
  const findings = reviewArticle({ body, sources, houseStyle, placeholders });
  return {
    generation: request.generation,
    findings,
    text: bodyText(request.body).text,
    elapsed: performance.now() - began,
  };
}
