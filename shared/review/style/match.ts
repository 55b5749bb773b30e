// Turning a house-style rule into a regular expression, and a match into its replacement. The
// replacement uses JavaScript's own `$1` substitution, so capture groups mean what they mean
// in any regex tool the desk already knows.
import type { StyleRule } from "./rule.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Word boundaries only where the pattern starts or ends with a word character. */
function bounded(source: string, literal: string): string {
  const start = /^\w/u.test(literal) ? String.raw`(?<![\p{L}\p{N}_])` : "";
  const end = /\w$/u.test(literal) ? String.raw`(?![\p{L}\p{N}_])` : "";
  return `${start}(?:${source})${end}`;
}

/** The rule as a global regular expression over the story's text. */
export function compileStyleRule(rule: StyleRule): RegExp {
  const flags = rule.caseSensitive ? "gu" : "giu";
  const literal = rule.pattern.trim();
  if (rule.kind === "regex") return new RegExp(rule.pattern, flags);
  if (rule.kind === "word") return new RegExp(bounded(escape(literal), literal), flags);
  // A phrase matches across any run of spaces or a line break between its words.
  const words = literal.split(/\s+/).map(escape);
  return new RegExp(bounded(words.join(String.raw`\s+`), literal), flags);
}

/** Give `text` the capitalisation of `like`: "per cent" for "Percent" is "Per cent". */
function withCaseOf(text: string, like: string): string {
  if (!text || !/\p{L}/u.test(like)) return text;
  if (like.length > 1 && like === like.toUpperCase()) return text.toUpperCase();
  if (like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase())
    return text[0].toUpperCase() + text.slice(1);
  return text;
}

/**
 * What the matched words become. Groups are substituted by JavaScript's own String.replace, run
 * once at the match's place in the whole text (a sticky copy of the pattern), so lookbehinds
 * and named groups see what they saw when matching. For words and phrases matched in any case,
 * the fix keeps the writer's capitalisation.
 */
export function replacementFor(
  rule: StyleRule,
  pattern: RegExp,
  match: RegExpExecArray,
  text: string,
): string {
  const sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
  sticky.lastIndex = match.index;
  const replacedText = text.replace(sticky, rule.replacement);
  const after = text.length - (match.index + match[0].length);
  const replaced = replacedText.slice(match.index, replacedText.length - after);
  return rule.kind === "regex" || rule.caseSensitive ? replaced : withCaseOf(replaced, match[0]);
}
