// Word's tracked paragraph marks as suggested breaks and joins. Word records a paragraph split in
// a tracked change as an inserted paragraph mark (w:ins in the paragraph's w:pPr/w:rPr) and a
// join as a deleted one. The Word reader (electron/library/import/wordChanges.ts) puts a marker
// with the change's index at the end of such a paragraph's words; after the import has made a
// body, the block after the marked paragraph carries the suggestion on the break before it
// (a break for an inserted mark, a join for a deleted one), as Suggesting mode would have made it.
import { initialsOf } from "../../article/editor.ts";
import type { AnyNodeJSON, ArticleBody, BlockNodeJSON, SuggestedBreakJSON } from "../../document/nodes.ts";
import { canJoin } from "../../document/suggestions.ts";
import { mapTexts } from "./inlineLists.ts";
import type { TrackedChange } from "./trackedChanges.ts";

/** `${PARAGRAPH_MARK}${n}${PARAGRAPH_MARK_END}` ends the words of a paragraph whose mark changed. */
export const PARAGRAPH_MARK = "\uF8F3";
export const PARAGRAPH_MARK_END = "\uF8F1";
const MARK = /\uF8F3(\d+)\uF8F1/g;

export function withoutParagraphMarks(text: string): string {
  return text.replace(MARK, "");
}

/** The changes marked in a block's words (its own, not a nested list's). */
function marksIn(node: AnyNodeJSON): number[] {
  if (node.type === "text") return [...node.text.matchAll(MARK)].map((m) => Number(m[1]));
  if (!("children" in node) || node.type === "list") return [];
  return (node.children as AnyNodeJSON[]).flatMap(marksIn);
}

function suggestedBreak(change: TrackedChange, index: number): SuggestedBreakJSON {
  const at = !Number.isNaN(Date.parse(change.date)) ? new Date(change.date).toISOString() : "";
  return {
    suggestionId: `word-paragraph-${index}`,
    author: change.author,
    initials: initialsOf(change.author),
    at,
  };
}

/** The body with each changed paragraph mark as a suggestion on the next block, and no marker left. */
export function applyParagraphMarks(body: ArticleBody, marks: readonly TrackedChange[]): ArticleBody {
  if (marks.length === 0) return body;
  const blocks = body.root.children;
  const children = blocks.map((block, i): BlockNodeJSON => {
    const before = blocks[i - 1];
    const index = before ? marksIn(before).at(-1) : undefined;
    const change = index === undefined ? undefined : marks[index];
    if (!change || block.type !== "paragraph") return block;
    // A join needs words on both sides; a break needs none (a split can leave either part short).
    if (change.kind === "delete" && !canJoin(before, block)) return block;
    const key = change.kind === "insert" ? "suggestedBreak" : "suggestedJoin";
    return { ...block, $: { ...block.$, [key]: suggestedBreak(change, index!) } };
  });
  return mapTexts({ root: { ...body.root, children } }, withoutParagraphMarks);
}
