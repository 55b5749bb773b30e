// Word's tracked changes (w:ins, w:del) as suggested edits. mammoth keeps inserted text and drops
// deleted text, so before it reads the file the Word reader (electron/library/import/wordFile.ts)
// puts each change's words between two markers from Unicode's private use area (not the
// U+E000 the HTML reader uses for its own), its deleted
// words included, and keeps who and when in a table. After the import has made a body, this
// module turns each marked stretch into a suggestion node with that author and time.
import { initialsOf } from "../../article/editor.ts";
import type { ArticleBody, InlineNodeJSON, SuggestionNodeJSON } from "../../document/nodes.ts";
import { withoutFormatMarks } from "./formatChanges.ts";
import { mapInlineLists, mapTexts } from "./inlineLists.ts";
import { withoutParagraphMarks } from "./paragraphMarks.ts";

/** One tracked change as Word recorded it. */
export interface TrackedChange {
  kind: "insert" | "delete";
  author: string;
  /** ISO 8601, as Word writes w:date; may be empty. */
  date: string;
}

/** `${OPEN}${n}${OPEN_END}…words…${CLOSE}`: n is the change's index in the table. */
export const TRACK_OPEN = "\uF8F0";
export const TRACK_OPEN_END = "\uF8F1";
export const TRACK_CLOSE = "\uF8F2";
const MARKS = /\uF8F0(\d+)\uF8F1|\uF8F2/g;

interface Walk {
  changes: readonly TrackedChange[];
  /** The change whose words are being read, across nodes and paragraphs. */
  open: number | null;
}

function suggestionFor(index: number, walk: Walk): SuggestionNodeJSON {
  const change = walk.changes[index];
  const at = change && !Number.isNaN(Date.parse(change.date)) ? new Date(change.date).toISOString() : "";
  return {
    type: change?.kind === "delete" ? "suggestion-delete" : "suggestion-insert",
    version: 1,
    suggestionId: `word-${index}`,
    author: change?.author ?? "",
    initials: initialsOf(change?.author ?? ""),
    at,
    children: [],
  };
}

/** A block's inline children with marked stretches wrapped; `walk.open` carries on to the next block. */
function wrapInline(children: InlineNodeJSON[], walk: Walk): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  let part: SuggestionNodeJSON | null = null;
  const put = (node: InlineNodeJSON) => {
    if (walk.open === null) return void out.push(node);
    if (!part) {
      part = suggestionFor(walk.open, walk);
      out.push(part);
    }
    part.children.push(node);
  };
  for (const child of children) {
    if (child.type !== "text") {
      put(
        "children" in child
          ? ({ ...child, children: wrapInline(child.children, walk) } as InlineNodeJSON)
          : child,
      );
      continue;
    }
    let last = 0;
    for (const mark of child.text.matchAll(MARKS)) {
      if (mark.index > last) put({ ...child, text: child.text.slice(last, mark.index) });
      walk.open = mark[1] === undefined ? null : Number(mark[1]);
      part = null;
      last = mark.index + mark[0].length;
    }
    if (last < child.text.length) put(last === 0 ? child : { ...child, text: child.text.slice(last) });
  }
  return out;
}

/** The body with Word's tracked changes as suggestions, and no marker left anywhere. */
export function applyTrackedChanges(body: ArticleBody, changes: readonly TrackedChange[]): ArticleBody {
  if (changes.length === 0) return body;
  const walk: Walk = { changes, open: null };
  return mapTexts(
    mapInlineLists(body, (children) => wrapInline(children, walk)),
    withoutTrackMarks,
  );
}

/** Text without change markers, where no suggestion could be made (a list item holding a sub-list). */
function withoutTrackMarks(text: string): string {
  return text.replace(/\uF8F0\d+\uF8F1|[\uF8F0-\uF8F2]/g, "");
}

/** A headline or dek with its tracked changes accepted (only the body holds suggestions). */
export function acceptTrackedText(text: string, changes: readonly TrackedChange[]): string {
  const accepted = text.replace(/\uF8F0(\d+)\uF8F1([^\uF8F2]*)\uF8F2/g, (_, n: string, words: string) =>
    changes[Number(n)]?.kind === "delete" ? "" : words,
  );
  return withoutParagraphMarks(withoutFormatMarks(withoutTrackMarks(accepted)));
}
