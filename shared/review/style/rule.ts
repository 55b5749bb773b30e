// A house-style rule as the desk keeps it: data, not code (the way the Guardian's Typerighter
// keeps its rules in a sheet). The schema is the one gate for rules from the Settings form,
// a CSV file or the library, so a broken regular expression is refused with a clear message.
import { z } from "zod";

export const STYLE_RULE_KINDS = ["word", "phrase", "regex"] as const;

export type StyleRuleKind = (typeof STYLE_RULE_KINDS)[number];

/** Does a regular expression compile? (The message says why not, for the editor.) */
function regexProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, "gu");
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export const styleRule = z
  .object({
    id: z
      .string()
      .trim()
      .min(1, "A rule needs an id.")
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, "A rule id is lower-case letters, digits and hyphens."),
    kind: z.enum(STYLE_RULE_KINDS),
    pattern: z.string().min(1, "A rule needs a pattern.").max(2000),
    /** What replaces the match; `$1`, `$<name>` and `$&` refer to the pattern's groups. */
    replacement: z.string().max(2000),
    category: z.string().trim().max(80),
    description: z.string().trim().max(500),
    /** Words and phrases match in any case unless this is set; regexes likewise. */
    caseSensitive: z.boolean(),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind !== "regex") return;
    const problem = regexProblem(rule.pattern);
    if (problem) ctx.addIssue({ code: "custom", path: ["pattern"], message: `Rule ${rule.id}: ${problem}` });
  });

export type StyleRule = z.output<typeof styleRule>;

export const styleSheet = z
  .array(styleRule)
  .max(5000)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    for (const [index, rule] of rules.entries()) {
      if (seen.has(rule.id))
        ctx.addIssue({ code: "custom", path: [index, "id"], message: `Two rules share the id ${rule.id}.` });
      seen.add(rule.id);
    }
  });
