// A finding's words in the live editor: select them, replace them, mark the quotation they sit in.
import { $isRangeSelection, $setSelection, type LexicalEditor } from "lexical";
import type { Finding } from "../../shared/review/index.ts";
import { $isQuotationNode } from "../editor/nodes/QuotationNode.ts";
import { $rangeSelectionFor, $storyText, $textNodeSpans } from "../editor/textRange.ts";
import { stillInPlace } from "./findings.ts";

/**
 * Select the finding's words, bring them into view and give the editor the focus, so the
 * next keystroke works on them. False when the text has moved since the review.
 */
export function selectFinding(editor: LexicalEditor, finding: Finding, reviewedText: string): boolean {
  const root = editor.getRootElement();
  if (!root) return false;
  // Focus first: Lexical only mirrors its selection into the page's while the editor holds focus.
  root.focus({ preventScroll: true });
  let anchorKey: string | null = null;
  editor.update(
    () => {
      if (!stillInPlace($storyText(), reviewedText, finding)) return;
      const selection = $rangeSelectionFor(finding.start, finding.end);
      if (!selection) return;
      $setSelection(selection);
      anchorKey = selection.anchor.key;
    },
    { discrete: true },
  );
  if (!anchorKey) return false;
  const element = editor.getElementByKey(anchorKey);
  element?.scrollIntoView({ block: "center", behavior: "instant" });
  return true;
}

/** Put the suggested replacement in place of the finding's words. False when they moved. */
export function applyFix(editor: LexicalEditor, finding: Finding, reviewedText: string): boolean {
  const replacement = finding.fix?.replacement;
  if (replacement === undefined) return false;
  let applied = false;
  editor.update(
    () => {
      if (!stillInPlace($storyText(), reviewedText, finding)) return;
      const selection = $rangeSelectionFor(finding.start, finding.end);
      if (!selection || !$isRangeSelection(selection)) return;
      selection.insertText(replacement);
      applied = true;
    },
    { discrete: true },
  );
  return applied;
}

/** Each tagged quotation's node key and its span in the plain text. Call inside read/update. */
function $quotationSpans(): { key: string; start: number; end: number }[] {
  const byKey = new Map<string, { key: string; start: number; end: number }>();
  for (const span of $textNodeSpans()) {
    const quotation = span.node.getParents().find($isQuotationNode);
    if (!quotation) continue;
    const key = quotation.getKey();
    const known = byKey.get(key);
    if (known) known.end = span.end;
    else byKey.set(key, { key, start: span.start, end: span.end });
  }
  return [...byKey.values()];
}

/**
 * Mark tagged quotations that an open finding overlaps (the wavy underline in app.css). The
 * attribute is set on Lexical's DOM, which Lexical leaves alone (it does not observe attributes);
 * a quotation redrawn by an edit is marked again by the next review.
 */
export function markFlaggedQuotations(
  editor: LexicalEditor,
  openFindings: readonly Finding[],
  reviewedText: string,
): void {
  editor.getEditorState().read(() => {
    // The editor has moved on since this review: the next one will mark it.
    if ($storyText() !== reviewedText) return;
    for (const quotation of $quotationSpans()) {
      const element = editor.getElementByKey(quotation.key);
      if (!element) continue;
      const flagged = openFindings.some((f) => f.start < quotation.end && f.end > quotation.start);
      if (flagged) element.dataset.flagged = "true";
      else delete element.dataset.flagged;
    }
  });
}
