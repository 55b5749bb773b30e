// A suggested edit in a draft export that asks to show them (the `showSuggestions` option): an
// insertion as <ins>, a deletion as <del>, each with who and when (datetime, title), a formatting
// change as its words with the change (a <span> titled "Bold suggested by …"). Without
// the option the export never gets here: prepare.ts accepts every suggestion first, so the page
// reads as the story will (insertions in, deletions out, no text twice).
import type { SuggestionNodeJSON } from "../../document/nodes.ts";
import { formatChange } from "../../document/suggestions.ts";
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
  const when = Number.isNaN(Date.parse(node.at)) ? "" : ` datetime="${escapeAttr(node.at)}"`;
  const who = node.author.trim() ? ` title="${escapeAttr(`Suggested by ${node.author.trim()}`)}"` : "";
  return `<${tag}${when}${who}>${inner}</${tag}>`;
}
