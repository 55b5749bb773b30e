// Word comments on import (issue 18): mammoth reads each comment (author, initials, words) but
// keeps no record of the words it was made on, so before conversion each comment range's start
// and end in document.xml becomes a run of marker text (shared/import/word/wordComments.ts turns
// those into comment marks). The rewrite touches only the empty commentRangeStart/End elements.
import type JSZip from "jszip";
import { commentEndMarker, commentStartMarker } from "../../../shared/import/word/wordComments.ts";

export interface WordComment {
  wordId: string;
  author: string;
  initials: string;
  text: string;
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

/** The comments as mammoth read them (its document's `comments`), in plain text. */
export function readWordComments(document: { comments?: unknown }): WordComment[] {
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
    text: c.body
      .map(textOf)
      .filter((p) => p.trim() !== "")
      .join("\n"),
  }));
}
