// A Word (.docx) file to HTML with mammoth, plus what the conversion leaves out. Tracked
// changes are marked first (wordChanges.ts) and come in as suggested edits; comments come in
// as comment threads (wordComments.ts).
import JSZip from "jszip";
import mammoth from "mammoth";
import { WORD_STYLE_MAP } from "../../../shared/import/word/readWordHtml.ts";
import type { FormatChange } from "../../../shared/import/word/formatChanges.ts";
import type { TrackedChange } from "../../../shared/import/word/trackedChanges.ts";
import { type MarkedChanges, markTrackedChanges } from "./wordChanges.ts";
import { markCommentRanges, readCommentDates, readWordComments, type WordComment } from "./wordComments.ts";

export interface ConvertedWordFile {
  html: string;
  /** What the editor should know: comments brought in, tracked changes, unread parts. */
  notes: string[];
  /** Word's comments; their ranges are marked in the HTML's text (see wordComments.ts). */
  comments: WordComment[];
  /** The tracked changes marked in the HTML, for applyTrackedChanges. */
  changes: TrackedChange[];
  /** The tracked formatting changes marked in the HTML, for applyFormatChanges. */
  formatChanges: FormatChange[];
  /** The changed paragraph marks marked in the HTML, for applyParagraphMarks. */
  paragraphMarks: TrackedChange[];
}

const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What became of the tracked changes (nothing without any). */
function trackedChangesNotes(document: string, { formatting, paragraphMarks }: MarkedChanges): string[] {
  const splits = paragraphMarks.filter((m) => m.kind === "insert").length;
  const joins = paragraphMarks.length - splits;
  const kinds = [
    [count(document, "w:ins") - splits, "insertion", "insertions"],
    [count(document, "w:del") - joins, "deletion", "deletions"],
    [formatting.changes.length, "formatting change", "formatting changes"],
    [splits, "paragraph break", "paragraph breaks"],
    [joins, "paragraph join", "paragraph joins"],
  ] as const;
  const made = kinds.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  const notes =
    made.length > 0
      ? [
          `Tracked changes came in as suggested edits (${made.join(", ")}): accept or reject them ` +
            `in the Changes tab.`,
        ]
      : [];
  if (formatting.unshown > 0)
    notes.push(
      `${plural(formatting.unshown, "tracked change", "tracked changes")} of font, size or colour ` +
        `came in as made: the editor has no such formats.`,
    );
  return notes;
}

async function droppedParts(bytes: Buffer, tracked: MarkedChanges): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const comments = (await zip.file("word/comments.xml")?.async("string")) ?? "";
  const notes: string[] = [];
  const commentCount = count(comments, "w:comment");
  if (commentCount > 0)
    notes.push(
      `${commentCount} Word comment${commentCount === 1 ? " came" : "s came"} in as comments (see Comments).`,
    );
  return [...notes, ...trackedChangesNotes(document, tracked)];
}

export async function convertWordFile(bytes: Buffer): Promise<ConvertedWordFile> {
  const tracked = await markTrackedChanges(bytes);
  const zip = await JSZip.loadAsync(tracked.bytes);
  const marked = await markCommentRanges(zip);
  const dates = await readCommentDates(zip);
  let comments: WordComment[] = [];
  const result = await mammoth.convertToHtml(
    { buffer: marked ? await zip.generateAsync({ type: "nodebuffer" }) : tracked.bytes },
    {
      styleMap: WORD_STYLE_MAP,
      externalFileAccess: false,
      transformDocument: (document: { comments?: unknown }) => {
        comments = readWordComments(document, dates);
        return document;
      },
    },
  );
  // Warnings name styles mammoth read as plain paragraphs; errors are parts it could not read.
  const unread = result.messages.filter((m) => m.type === "error");
  const notes = await droppedParts(bytes, tracked);
  if (unread.length > 0)
    notes.push(
      `Some parts of the file could not be read: ${[...new Set(unread.map((m) => m.message))].slice(0, 3).join("; ")}.`,
    );
  return {
    html: result.value,
    notes,
    comments,
    changes: tracked.changes,
    formatChanges: tracked.formatting.changes,
    paragraphMarks: tracked.paragraphMarks,
  };
}
