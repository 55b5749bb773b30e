// Word's tracked formatting changes kept for the import: a run whose w:rPr holds a w:rPrChange
// (its formatting as it was, with who changed it and when) has its words put between format
// markers (shared/import/word/formatChanges.ts), and the change goes into the returned table in
// the formats the editor has. The formats are read as mammoth reads them (its body reader's
// readBooleanElement and readUnderline), so "now" is what the imported words show.
import type { DOMParser } from "linkedom";
import type { TextFormatName } from "../../../shared/document/nodes.ts";
import {
  FORMAT_CLOSE,
  FORMAT_OPEN,
  FORMAT_OPEN_END,
  type FormatChange,
} from "../../../shared/import/word/formatChanges.ts";

type XmlElement = ReturnType<DOMParser["parseFromString"]>["documentElement"];

/** Word's run property for each format the editor can suggest. */
const WORD_FORMATS: [TextFormatName, string][] = [
  ["bold", "w:b"],
  ["italic", "w:i"],
  ["underline", "w:u"],
  ["strikethrough", "w:strike"],
];

const child = (element: XmlElement | null, tag: string) =>
  [...(element?.children ?? [])].find((c) => c.tagName === tag) ?? null;

function hasFormat(properties: XmlElement | null, tag: string): boolean {
  const element = child(properties, tag);
  if (!element) return false;
  const value = element.getAttribute("w:val");
  if (tag === "w:u") return value !== null && !["false", "0", "none"].includes(value);
  return value !== "false" && value !== "0";
}

/** The run's words between format markers; false when it has none (a picture, a break). */
function markRun(run: XmlElement, index: number): boolean {
  const texts = [...run.children].filter((c) => c.tagName === "w:t" || c.tagName === "w:delText");
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (!first || !last) return false;
  first.textContent = `${FORMAT_OPEN}${index}${FORMAT_OPEN_END}${first.textContent ?? ""}`;
  last.textContent = `${last.textContent ?? ""}${FORMAT_CLOSE}`;
  return true;
}

export interface MarkedFormatChanges {
  /** The changes in marker order. */
  changes: FormatChange[];
  /** Runs whose tracked change touched only formats the editor lacks (font, size, colour). */
  unshown: number;
}

/**
 * Marks each run with a tracked formatting change in `doc`. Run first, before w:ins and w:del
 * are marked, so these markers sit innermost.
 */
export function markFormatChanges(doc: XmlElement["ownerDocument"]): MarkedFormatChanges {
  const changes: FormatChange[] = [];
  let unshown = 0;
  for (const change of [...doc.getElementsByTagName("w:rPrChange")]) {
    const now = change.parentElement;
    const run = now?.parentElement;
    // A w:rPrChange in a paragraph's w:pPr is about its paragraph mark, which holds no words.
    if (!now || now.tagName !== "w:rPr" || !run || run.tagName !== "w:r") continue;
    const before = child(change, "w:rPr");
    const formats = WORD_FORMATS.filter(([, tag]) => hasFormat(before, tag) !== hasFormat(now, tag)).map(
      ([format, tag]) => ({ format, on: hasFormat(now, tag) }),
    );
    const recorded: FormatChange = {
      author: change.getAttribute("w:author") ?? "",
      date: change.getAttribute("w:date") ?? "",
      formats,
    };
    if (formats.length === 0) unshown += 1;
    else if (markRun(run, changes.length)) changes.push(recorded);
  }
  return { changes, unshown };
}
