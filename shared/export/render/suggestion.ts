// A suggested edit in a draft export that asks to show them (the `showSuggestions` option): an
// insertion as <ins>, a deletion as <del>, each with who and when (datetime, title), a formatting
// change as its words with the change (a <span> titled "Bold suggested by …"), a paragraph break
// or join as a pilcrow inserted or deleted at the block's start. Without
// the option the export never gets here: prepare.ts accepts every suggestion first, so the page
// reads as the story will (insertions in, deletions out, no text twice).
import type { AnyNodeJSON, SuggestionNodeJSON } from "../../document/nodes.ts";
import { breakSuggestionsOf, formatChange } from "../../document/suggestions.ts";
import { escapeAttr } from "../escape.ts";

export function renderSuggestion(node: SuggestionNodeJSON, inner: string, show: boolean): string {
  if (node.type === "suggestion-format") {
    if (!show || inner === "") return inner;
    const who = node.author.trim() || "someone";
    const change = formatChange(node.suggestedFormat, node.formatOn);
    return `<span title="${escapeAttr(`${change[0].toUpperCase()}${change.slice(1)}, suggested by ${who}`)}">${inner}</span>`;
  }
  const isInsert = node.type === "suggestion-insert";
  if (!show) return isInsert ? inner : "";
  if (inner === "") return "";
  const tag = isInsert ? "ins" : "del";
  return `<${tag}${whoAndWhen(node, "Suggested")}>${inner}</${tag}>`;
}

/**
 * A suggested paragraph break or join on the break before a block, shown at the block's start: a
 * break as an inserted pilcrow, a join as a deleted one (the paragraph mark is what goes).
 */
export function renderBreakMarks(block: AnyNodeJSON, show: boolean): string {
  if (!show) return "";
  return breakSuggestionsOf(block)
    .map((s) => {
      const tag = s.kind === "break" ? "ins" : "del";
      const what = s.kind === "break" ? "Paragraph break suggested" : "Paragraph join suggested";
      return `<${tag}${whoAndWhen(s, what)}>¶</${tag}>`;
    })
    .join("");
}

function whoAndWhen(s: { author: string; at: string }, what: string): string {
  const when = Number.isNaN(Date.parse(s.at)) ? "" : ` datetime="${escapeAttr(s.at)}"`;
  const who = s.author.trim() ? ` title="${escapeAttr(`${what} by ${s.author.trim()}`)}"` : "";
  return when + who;
}
