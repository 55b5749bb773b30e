// "TK" (to come) and the desk's other placeholder markers: copy that still holds one is not
// finished, so each is a blocker at the publish gate. Markers match in quotations and headings
// too: a placeholder is never anyone's words.
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

export const PLACEHOLDER_RULE_ID = "placeholder-left";

/** The markers a library starts with; the desk can add its own ("XX", "[[check]]"). */
export const DEFAULT_PLACEHOLDER_MARKERS: readonly string[] = ["TK"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One pattern for all markers, case-sensitive ("TK", not the "tk" in a word). A marker that
 * starts or ends with a letter must stand alone there, and may repeat ("TKTK").
 */
export function placeholderPattern(markers: readonly string[]): RegExp | null {
  const parts = markers
    .map((m) => m.trim())
    .filter((m) => m.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((m) => {
      const start = /^[\p{L}\p{N}]/u.test(m) ? String.raw`(?<![\p{L}\p{N}_])` : "";
      const end = /[\p{L}\p{N}]$/u.test(m) ? String.raw`(?![\p{L}\p{N}_])` : "";
      return `${start}(?:${escape(m)})+${end}`;
    });
  return parts.length === 0 ? null : new RegExp(parts.join("|"), "gu");
}

/** Where markers sit in a text (also used by the editor to highlight them). */
export function findPlaceholders(text: string, markers: readonly string[]): { start: number; end: number }[] {
  const pattern = placeholderPattern(markers);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function placeholderRule(markers: readonly string[] = DEFAULT_PLACEHOLDER_MARKERS): ReviewRule {
  return {
    id: PLACEHOLDER_RULE_ID,
    severity: "blocker",
    description: 'A placeholder ("TK" or another marker) is still in the copy.',
    check(context: ReviewContext): FindingDraft[] {
      return findPlaceholders(context.text, markers).map(({ start, end }) => ({
        start,
        end,
        message: `"${context.text.slice(start, end)}" is a placeholder: fill it in before the story goes out.`,
      }));
    },
  };
}
