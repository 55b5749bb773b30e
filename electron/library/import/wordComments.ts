// Word comments on import (issue 18): mammoth reads each comment (author, initials, words) but
// keeps no record of the words it was made on, so before conversion each comment range's start
// and end in document.xml becomes a run of marker text (shared/import/word/wordComments.ts turns
// those into comment marks). The rewrite touches only the empty commentRangeStart/End elements.
// mammoth does not keep when a comment was written either: that is read from comments.xml.
import type JSZip from "jszip";
import { commentEndMarker, commentStartMarker } from "../../../shared/import/word/wordComments.ts";

export interface WordComment {
  wordId: string;
  author: string;
  initials: string;
  text: string;
  /** When Word says it was written (w:date, ISO 8601), or "" when the file does not say. */
  date: string;
}

const COMMENT_TAG = /<w:comment\b([^>]*)>/g;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? "";

/** Each comment's w:date by its w:id, where the date is one. */
export async function readCommentDates(zip: JSZip): Promise<Map<string, string>> {
  const xml = (await zip.file("word/comments.xml")?.async("string")) ?? "";
  const dates = new Map<string, string>();
  for (const [, attributes] of xml.matchAll(COMMENT_TAG)) {
    const when = Date.parse(attribute(attributes, "w:date"));
    if (!Number.isNaN(when)) dates.set(attribute(attributes, "w:id"), new Date(when).toISOString());
  }
  return dates;
}

const RANGE_EDGE = /<w:commentRange(Start|End)\b[^>]*?\bw:id="(\d+)"[^>]*\/>/g;

/** The file with its comment ranges marked in the text; unchanged when it has no comments. */
export async function markCommentRanges(zip: JSZip): Promise<boolean> {
  const path = "word/document.xml";
  const xml = await zip.file(path)?.async("string");
  if (!xml || !RANGE_EDGE.test(xml)) return false;
  RANGE_EDGE.lastIndex = 0;
  const marker = (edge: string, id: string) =>
    edge === "Start" ? commentStartMarker(id) : commentEndMarker(id);
  zip.file(
    path,
    xml.replace(
      RANGE_EDGE,
      (_, edge: string, id: string) => `<w:r><w:t xml:space="preserve">${marker(edge, id)}</w:t></w:r>`,
    ),
  );
  return true;
}

interface MammothNode {
  type?: string;
  value?: string;
  children?: MammothNode[];
}

const textOf = (node: MammothNode): string =>
  node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");

/** The comments as mammoth read them (its document's `comments`), in plain text, with their dates. */
export function readWordComments(
  document: { comments?: unknown },
  dates: Map<string, string>,
): WordComment[] {
  const comments = (document.comments ?? []) as {
    commentId: string;
    body: MammothNode[];
    authorName: string | null;
    authorInitials: string | null;
  }[];
  return comments.map((c) => ({
    wordId: String(c.commentId),
    author: c.authorName ?? "",
    initials: c.authorInitials ?? "",
    date: dates.get(String(c.commentId)) ?? "",
    text: c.body
      .map(textOf)
      .filter((p) => p.trim() !== "")
      .join("\n"),
  }));
}
