// A suggested edit in a draft export that asks to show them (the `showSuggestions` option): an
// insertion as <ins>, a deletion as <del>, each with who and when (datetime, title). Without
// the option the export never gets here: prepare.ts accepts every suggestion first, so the page
// reads as the story will (insertions in, deletions out, no text twice).
import type { SuggestionNodeJSON } from "../../document/nodes.ts";
import { escapeAttr } from "../escape.ts";

export function renderSuggestion(node: SuggestionNodeJSON, inner: string, show: boolean): string {
  const isInsert = node.type === "suggestion-insert";
  if (!show) return isInsert ? inner : "";
  if (inner === "") return "";
  const tag = isInsert ? "ins" : "del";
  const when = Number.isNaN(Date.parse(node.at)) ? "" : ` datetime="${escapeAttr(node.at)}"`;
  const who = node.author.trim() ? ` title="${escapeAttr(`Suggested by ${node.author.trim()}`)}"` : "";
  return `<${tag}${when}${who}>${inner}</${tag}>`;
}
