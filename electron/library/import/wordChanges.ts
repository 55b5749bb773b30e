// Word's tracked changes kept for the import: before mammoth reads a .docx (it keeps inserted
// words and drops deleted ones), each w:ins and w:del in word/document.xml has its words put
// between markers (shared/import/word/trackedChanges.ts), a deletion's w:delText becomes
// ordinary text, and the change itself is unwrapped. Who and when go into the returned table.
// Tracked formatting changes (w:rPrChange) are marked in the same pass, first
// (wordFormatChanges.ts), and changed paragraph marks (a split or a join) last.
import JSZip from "jszip";
import { DOMParser } from "linkedom";
import {
  TRACK_CLOSE,
  TRACK_OPEN,
  TRACK_OPEN_END,
  type TrackedChange,
} from "../../../shared/import/word/trackedChanges.ts";
import { PARAGRAPH_MARK, PARAGRAPH_MARK_END } from "../../../shared/import/word/paragraphMarks.ts";
import { type MarkedFormatChanges, markFormatChanges } from "./wordFormatChanges.ts";

const DOCUMENT = "word/document.xml";

type XmlElement = ReturnType<DOMParser["parseFromString"]>["documentElement"];

function markChange(change: XmlElement, index: number): boolean {
  for (const deleted of [...change.getElementsByTagName("w:delText")]) {
    const text = change.ownerDocument.createElement("w:t");
    text.setAttribute("xml:space", "preserve");
    text.textContent = deleted.textContent;
    deleted.replaceWith(text);
  }
  const texts = [...change.getElementsByTagName("w:t")];
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (!first || !last) return false;
  first.textContent = `${TRACK_OPEN}${index}${TRACK_OPEN_END}${first.textContent ?? ""}`;
  last.textContent = `${last.textContent ?? ""}${TRACK_CLOSE}`;
  change.replaceWith(...change.childNodes);
  return true;
}

/**
 * An inserted or deleted paragraph mark (w:ins or w:del in a paragraph's w:pPr/w:rPr): a marker
 * at the end of the paragraph's words (shared/import/word/paragraphMarks.ts). A paragraph with no
 * words keeps no marker; its change is dropped.
 */
function markParagraphMarks(doc: ReturnType<DOMParser["parseFromString"]>): TrackedChange[] {
  const marks: TrackedChange[] = [];
  for (const properties of [...doc.getElementsByTagName("w:pPr")]) {
    const runProperties = [...properties.childNodes].find((n) => (n as XmlElement).tagName === "w:rPr") as
      XmlElement | undefined;
    if (!runProperties) continue;
    for (const change of [...runProperties.childNodes] as XmlElement[]) {
      if (change.tagName !== "w:ins" && change.tagName !== "w:del") continue;
      const words = [...(properties.parentNode as XmlElement).getElementsByTagName("w:t")];
      const last = words[words.length - 1];
      if (last) {
        last.textContent = `${last.textContent ?? ""}${PARAGRAPH_MARK}${marks.length}${PARAGRAPH_MARK_END}`;
        marks.push({
          kind: change.tagName === "w:ins" ? "insert" : "delete",
          author: change.getAttribute("w:author") ?? "",
          date: change.getAttribute("w:date") ?? "",
        });
      }
      change.remove();
    }
  }
  return marks;
}

export interface MarkedChanges {
  bytes: Buffer;
  /** Insertions and deletions, in marker order. */
  changes: TrackedChange[];
  /** Inserted (a suggested break) and deleted (a suggested join) paragraph marks, in marker order. */
  paragraphMarks: TrackedChange[];
  formatting: MarkedFormatChanges;
}

/** The file with its tracked changes marked, and the changes in marker order; untouched without any. */
export async function markTrackedChanges(bytes: Buffer): Promise<MarkedChanges> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(DOCUMENT)?.async("string");
  const none = { bytes, changes: [], paragraphMarks: [], formatting: { changes: [], unshown: 0 } };
  if (!xml || !/<w:(ins|del|rPrChange)[\s>]/.test(xml)) return none;
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const formatting = markFormatChanges(doc);
  const changes: TrackedChange[] = [];
  // Only changes to words: a w:ins or w:del inside run or paragraph properties marks a mark.
  const found = (["insert", "delete"] as const).flatMap((kind) =>
    [...doc.getElementsByTagName(kind === "insert" ? "w:ins" : "w:del")]
      .filter((e) => e.getElementsByTagName("w:r").length > 0)
      .map((element) => ({ kind, element })),
  );
  for (const { kind, element: change } of found) {
    const recorded: TrackedChange = {
      kind,
      author: change.getAttribute("w:author") ?? "",
      date: change.getAttribute("w:date") ?? "",
    };
    if (markChange(change, changes.length)) changes.push(recorded);
  }
  // After the words: a deleted paragraph's w:delText has become w:t, so it can hold the marker.
  const paragraphMarks = markParagraphMarks(doc);
  zip.file(DOCUMENT, doc.toString());
  return { bytes: await zip.generateAsync({ type: "nodebuffer" }), changes, paragraphMarks, formatting };
}
