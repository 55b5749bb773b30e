// Small text helpers the rules share: regex matches that fall outside quoted words, and a
// case-preserving word swap for fixes.
import type { ReviewContext } from "./types.ts";

/** Every match of a global regex whose start is not inside quoted words. */
export function matchesOutsideQuotes(context: ReviewContext, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
  for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!context.isQuoted(m.index)) found.push(m);
  }
  return found;
}

/** Give `word` the capitalisation of `like` ("said" like "Claimed" is "Said"). */
export function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] && like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Does the quote's surrounding attribution text contain a match? Looks in the quote's paragraph. */
export function attributionAround(context: ReviewContext, start: number, end: number): string {
  const paragraph = context.paragraphAt(start);
  return context.text.slice(paragraph.start, start) + " … " + context.text.slice(end, paragraph.end);
}
