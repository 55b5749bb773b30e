// A formatting change in Suggesting mode (Ctrl+B, Ctrl+I, the toolbar's buttons) as an
// editor.update function: the selected words take the new formatting at once, so the story
// shows how it would read, and each run whose formatting changed is wrapped in a formatting
// suggestion (FormatChangeNode) that a rejection undoes. Only words whose formatting changes
// are wrapped, so a rejection restores exactly what was there (a bold word inside a selection
// made bold stays bold). Words the editor's own pending insertion added are simply formatted,
// words suggested for deletion are left as they are, and formatting back what a pending
// formatting suggestion changed takes those words out of it.
import { $getSelection, $isRangeSelection, $isTextNode, type TextFormatType, type TextNode } from "lexical";
import { TEXT_FORMAT, type TextFormatName } from "../../../../shared/document/nodes.ts";
import {
  $createFormatChangeNode,
  $isDeletionNode,
  $isFormatChangeNode,
  $isInsertionNode,
  $suggestionOf,
  type FormatChangeNode,
  type SuggestionMeta,
} from "../../nodes/SuggestionNode.ts";
import { newMeta, type Suggester } from "./suggest.ts";

const isStoryFormat = (format: TextFormatType): format is TextFormatName => format in TEXT_FORMAT;

/** Moves `text` out of its formatting suggestion, splitting the suggestion around it. */
function $liftOut(text: TextNode, part: FormatChangeNode): void {
  const after = text.getNextSiblings();
  if (after.length > 0) {
    const tail = $createFormatChangeNode(part.getMeta(), part.getChange());
    tail.append(...after);
    part.insertAfter(tail);
  }
  part.insertAfter(text);
  if (part.getChildrenSize() === 0) part.remove();
}

/** Wraps `text` in this suggestion, joining the part just before it when that is the same one. */
function $wrap(text: TextNode, meta: SuggestionMeta, format: TextFormatName, on: boolean): void {
  const before = text.getPreviousSibling();
  if ($isFormatChangeNode(before) && before.getSuggestionId() === meta.suggestionId) {
    before.append(text);
    return;
  }
  const part = $createFormatChangeNode(meta, { suggestedFormat: format, formatOn: on });
  text.insertBefore(part);
  part.append(text);
}

/** Suggest `format` on (or off) the selected words. False: not a suggestion, Lexical applies it. */
export function $suggestFormat(format: TextFormatType, who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed() || !isStoryFormat(format)) return false;
  // The words this is about: split at the selection's edges; struck-through words are left out.
  const texts = selection
    .extract()
    .filter((node): node is TextNode => $isTextNode(node) && !$isDeletionNode($suggestionOf(node)));
  if (texts.length === 0) return true;
  // Lexical's rule for a toggle: off when every selected word has it, else on.
  const on = !texts.every((t) => t.hasFormat(format));
  const meta = newMeta(who);
  for (const node of texts) {
    if (node.hasFormat(format) === on) continue;
    node.toggleFormat(format);
    if ($isInsertionNode($suggestionOf(node))) continue;
    const parent = node.getParent();
    if ($isFormatChangeNode(parent) && parent.getChange().suggestedFormat === format) $liftOut(node, parent);
    else $wrap(node, meta, format, on);
  }
  return true;
}
