// The review with its quote-module dependencies passed in: index.ts wires the real detector;
// tests can pass hand-built detections.
import type { ArticleBody } from "../document/nodes.ts";
import { buildContext } from "./context.ts";
import { runRules } from "./engine.ts";
import { RULES } from "./rules/index.ts";
import { bodyFromText } from "./text-body.ts";
import type { Finding, ReviewDependencies, ReviewInput, ReviewRule, ReviewSource } from "./types.ts";

export function reviewWith(
  deps: ReviewDependencies,
  input: ReviewInput,
  rules: readonly ReviewRule[] = RULES,
): Finding[] {
  return runRules(buildContext(input.body, input.sources, deps, input.detected), rules);
}

export function reviewTextWith(
  deps: ReviewDependencies,
  text: string,
  sources: ReviewSource[] = [],
): Finding[] {
  const body: ArticleBody = bodyFromText(text);
  return reviewWith(deps, { body, sources });
}
