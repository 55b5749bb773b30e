// House-style rules as review rules: each sheet rule becomes one review rule, run beside the
// attribution rules, on the writer's words only. A match that touches quoted words is left
// alone: a speaker's words are never "corrected".
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";
import { compileStyleRule, replacementFor } from "./match.ts";
import type { StyleRule } from "./rule.ts";

/** Findings of house-style rules carry this prefix before the sheet's own rule id. */
export const HOUSE_STYLE_PREFIX = "house-style/";

function describe(rule: StyleRule, replacement: string, found: string): string {
  const advice = rule.description || `House style: ${rule.category || "style"}.`;
  return replacement === "" ? `${advice} (remove "${found}")` : `${advice} ("${found}" → "${replacement}")`;
}

function fixLabel(replacement: string): string {
  return replacement === "" ? "Remove it" : `Use "${replacement}"`;
}

export function styleReviewRule(rule: StyleRule): ReviewRule {
  const pattern = compileStyleRule(rule);
  return {
    id: `${HOUSE_STYLE_PREFIX}${rule.id}`,
    severity: "note",
    description: rule.description,
    check(context: ReviewContext): FindingDraft[] {
      const drafts: FindingDraft[] = [];
      const re = new RegExp(pattern.source, pattern.flags);
      for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (context.isQuoted(start) || context.isQuoted(end - 1)) continue;
        const replacement = replacementFor(rule, pattern, m, context.text);
        if (replacement === m[0]) continue;
        drafts.push({
          start,
          end,
          message: describe(rule, replacement, m[0]),
          fix: { label: fixLabel(replacement), replacement },
        });
      }
      return drafts;
    },
  };
}

export function styleReviewRules(sheet: readonly StyleRule[]): ReviewRule[] {
  return sheet.map(styleReviewRule);
}
