// Word comments on import (issue 18): the Word reader marks where each comment's range starts
// and ends with a private-use marker in the text (mammoth itself keeps no comment ranges);
// here the words between a comment's markers are wrapped in a comment mark for its thread,
// across paragraphs if the range runs on, and the markers are taken out.
import type {
  AnyNodeJSON,
  ArticleBody,
  BlockNodeJSON,
  InlineNodeJSON,
  MarkNodeJSON,
} from "../../document/nodes.ts";

// Private-use characters no Word text holds (the HTML reader has \uE000 for its own use).
const START = "\uE101";
const END = "\uE102";
const CLOSE = "\uE103";
const MARKER = /\uE101(\d+)\uE103|\uE102(\d+)\uE103/g;

/** The text a comment's range begins and ends with, in Word's comment id. */
export const commentStartMarker = (wordId: string) => `${START}${wordId}${CLOSE}`;
export const commentEndMarker = (wordId: string) => `${END}${wordId}${CLOSE}`;

/** Text with any comment markers taken out (a range in the headline or dek marks nothing). */
export const withoutCommentMarkers = (text: string) => text.replace(MARKER, "");

export interface AnchoredComments {
  body: ArticleBody;
  /** Word comment id → the words its range held (only comments whose range held words). */
  quotes: Map<string, string>;
}

type Piece = InlineNodeJSON | { marker: "start" | "end"; wordId: string };

function pieces(node: InlineNodeJSON): Piece[] {
  if (node.type !== "text" || !node.text.includes(CLOSE)) return [node];
  const out: Piece[] = [];
  let at = 0;
  for (const m of node.text.matchAll(MARKER)) {
    if (m.index > at) out.push({ ...node, text: node.text.slice(at, m.index) });
    out.push({ marker: m[1] !== undefined ? "start" : "end", wordId: m[1] ?? m[2]! });
    at = m.index + m[0].length;
  }
  if (at < node.text.length) out.push({ ...node, text: node.text.slice(at) });
  return out;
}

const markOf = (ids: string[], child: InlineNodeJSON): MarkNodeJSON => ({
  type: "mark",
  version: 1,
  ids,
  children: [child],
  direction: null,
  format: "",
  indent: 0,
});

const textOf = (node: AnyNodeJSON): string =>
  node.type === "text"
    ? node.text
    : "children" in node
      ? (node.children as AnyNodeJSON[]).map(textOf).join("")
      : "";

/** Wrap each comment's words in a mark with its thread id; `threadId` names a thread per Word id. */
export function anchorWordComments(
  body: ArticleBody,
  threadId: (wordId: string) => string,
): AnchoredComments {
  const open: string[] = []; // Word ids whose range is open, in order of opening
  const quotes = new Map<string, string>();
  const inline = (children: InlineNodeJSON[]): InlineNodeJSON[] => {
    const out: InlineNodeJSON[] = [];
    for (const piece of children.flatMap(pieces)) {
      if ("marker" in piece) {
        if (piece.marker === "start") open.push(piece.wordId);
        else open.splice(open.indexOf(piece.wordId) >>> 0, 1);
        continue;
      }
      const child =
        piece.type === "link" || piece.type === "quotation" || piece.type === "mark"
          ? { ...piece, children: inline(piece.children) }
          : piece;
      if (open.length === 0 || child.type === "mark") {
        out.push(child);
        continue;
      }
      for (const id of open) quotes.set(id, `${quotes.get(id) ?? ""}${textOf(child)}`);
      const ids = open.map(threadId);
      const last = out[out.length - 1];
      if (last?.type === "mark" && last.ids.join() === ids.join()) last.children.push(child);
      else out.push(markOf(ids, child));
    }
    return out;
  };
  const block = (node: BlockNodeJSON | AnyNodeJSON): AnyNodeJSON => {
    if (!("children" in node)) return node;
    if (node.type === "list" || node.type === "root")
      return { ...node, children: (node.children as AnyNodeJSON[]).map(block) } as AnyNodeJSON;
    if (node.type === "listitem") {
      const kids = node.children.flatMap((c) => (c.type === "list" ? [block(c)] : inline([c])));
      return { ...node, children: kids } as AnyNodeJSON;
    }
    // A range running on from the paragraph before: its words so far end with a space.
    for (const id of open) if (quotes.has(id)) quotes.set(id, `${quotes.get(id)} `);
    return { ...node, children: inline(node.children as InlineNodeJSON[]) } as AnyNodeJSON;
  };
  const root = block(body.root) as ArticleBody["root"];
  // A range that started or ended between paragraphs leaves an empty paragraph: drop it.
  root.children = root.children.filter(
    (b, i) => !("children" in b) || b.children.length > 0 || textOf(body.root.children[i]!) === "",
  );
  for (const [id, words] of quotes) quotes.set(id, words.replace(/\s+/g, " ").trim());
  return { body: { root }, quotes };
}
