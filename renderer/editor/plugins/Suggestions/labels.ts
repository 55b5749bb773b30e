// What a suggestion is called where an editor decides on it (the popover, the Changes tab):
// "Insertion", "Deletion", "Paragraph break", "Join paragraphs", or the formatting change
// ("Formatting: bold removed").
import { formatChange, type PendingSuggestion } from "../../../../shared/document/suggestions.ts";
import { $isFormatChangeNode, type SuggestionPart } from "../../nodes/SuggestionNode.ts";

export function changeLabel(change: Pick<PendingSuggestion, "kind" | "formatting">): string {
  if (change.formatting) return `Formatting: ${formatChange(change.formatting.format, change.formatting.on)}`;
  return {
    insert: "Insertion",
    delete: "Deletion",
    break: "Paragraph break",
    join: "Join paragraphs",
    format: "Formatting",
  }[change.kind];
}

/** The label of one suggestion part in the editor (call in a read or update). */
export function $partLabel(part: SuggestionPart): string {
  if (!$isFormatChangeNode(part)) return changeLabel({ kind: part.kind() });
  const { suggestedFormat, formatOn } = part.getChange();
  return changeLabel({ kind: "format", formatting: { format: suggestedFormat, on: formatOn } });
}
