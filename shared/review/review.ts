// The review with its quote-module dependencies passed in: index.ts wires the real detector;
// tests can pass hand-built detections.
import type { ArticleBody } from "../document/nodes.ts";
import { buildContext } from "./context.ts";
import { runRules } from "./engine.ts";
import { RULES } from "./rules/index.ts";
import { placeholderRule } from "./rules/placeholder-left.ts";
import { styleReviewRules } from "./style/reviewRules.ts";
import { bodyFromText } from "./textBody.ts";
import type { Finding, ReviewDependencies, ReviewInput, ReviewRule, ReviewSource } from "./types.ts";

export function reviewWith(
  deps: ReviewDependencies,
  input: ReviewInput,
  rules: readonly ReviewRule[] = RULES,
): Finding[] {
  // The desk's own rules run beside the attribution rules: placeholders, then house style.
  const desk = [placeholderRule(input.placeholders), ...styleReviewRules(input.houseStyle ?? [])];
  return runRules(buildContext(input.body, input.sources, deps, input.detected), [...rules, ...desk]);
}

export function reviewTextWith(
  deps: ReviewDependencies,
  text: string,
  sources: ReviewSource[] = [],
): Finding[] {
  const body: ArticleBody = bodyFromText(text);
  return reviewWith(deps, { body, sources });
}
