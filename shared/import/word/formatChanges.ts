// Word's tracked formatting changes (w:rPrChange: bold put on by a reviewer, say) as formatting
// suggestions. mammoth shows a run as its formatting now reads and keeps no record of what it
// was, so before it reads the file the Word reader (electron/library/import/wordFormatChanges.ts)
// puts each such run's words between two markers of their own and keeps, in a table, who, when
// and which of the editor's formats changed. Here each marked stretch is wrapped in one
// formatting suggestion per changed format, nested, the way the editor nests a second format
// suggested on the same words. The markers are innermost: a run sits wholly inside a w:ins or
// w:del, so applyTrackedChanges can run first and leave these for here.
import { initialsOf } from "../../article/editor.ts";
import { formatSuggestion } from "../../document/build.ts";
import type { ArticleBody, InlineNodeJSON, TextFormatName } from "../../document/nodes.ts";
import { mapInlineLists, mapTexts } from "./inlineLists.ts";

/** One run's tracked formatting change, in the formats the editor has. */
export interface FormatChange {
  author: string;
  /** ISO 8601, as Word writes w:date; may be empty. */
  date: string;
  /** Each format that differs between before and now; `on`: the run has it now. */
  formats: { format: TextFormatName; on: boolean }[];
}

/** `${FORMAT_OPEN}${n}${FORMAT_OPEN_END}…words…${FORMAT_CLOSE}`, next to trackedChanges.ts's. */
export const FORMAT_OPEN = "\uF8F3";
export const FORMAT_OPEN_END = "\uF8F4";
export const FORMAT_CLOSE = "\uF8F5";
const MARKS = /\uF8F3(\d+)\uF8F4|\uF8F5/g;

/** Text without format markers, where no suggestion can live (a headline, a dek). */
export function withoutFormatMarks(text: string): string {
  return text.replace(/\uF8F3\d+\uF8F4|[\uF8F3-\uF8F5]/g, "");
}

/** `nodes` wrapped in the change's formatting suggestions, the first format outermost. */
function wrapped(nodes: InlineNodeJSON[], index: number, change: FormatChange): InlineNodeJSON[] {
  const at = Number.isNaN(Date.parse(change.date)) ? "" : new Date(change.date).toISOString();
  const who = { author: change.author, initials: initialsOf(change.author), at };
  return change.formats.reduceRight<InlineNodeJSON[]>(
    (inner, { format, on }) => [
      formatSuggestion(format, on, inner, { id: `word-format-${index}-${format}`, ...who }),
    ],
    nodes,
  );
}

/** One inline list with its marked stretches wrapped (a run never crosses an element's edge). */
function wrapInline(children: InlineNodeJSON[], changes: readonly FormatChange[]): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  let open: { index: number; nodes: InlineNodeJSON[] } | null = null;
  const close = () => {
    const change = open && changes[open.index];
    if (open) out.push(...(change?.formats.length ? wrapped(open.nodes, open.index, change) : open.nodes));
    open = null;
  };
  const put = (node: InlineNodeJSON) => void (open ? open.nodes : out).push(node);
  for (const child of children) {
    if (child.type !== "text") {
      put(
        "children" in child
          ? ({ ...child, children: wrapInline(child.children, changes) } as InlineNodeJSON)
          : child,
      );
      continue;
    }
    let last = 0;
    for (const mark of child.text.matchAll(MARKS)) {
      if (mark.index > last) put({ ...child, text: child.text.slice(last, mark.index) });
      close();
      if (mark[1] !== undefined) open = { index: Number(mark[1]), nodes: [] };
      last = mark.index + mark[0].length;
    }
    if (last < child.text.length) put(last === 0 ? child : { ...child, text: child.text.slice(last) });
  }
  close();
  return out;
}

/** The body with Word's tracked formatting changes as suggestions, and no format marker left. */
export function applyFormatChanges(body: ArticleBody, changes: readonly FormatChange[]): ArticleBody {
  if (changes.length === 0) return body;
  return mapTexts(
    mapInlineLists(body, (children) => wrapInline(children, changes)),
    withoutFormatMarks,
  );
}
