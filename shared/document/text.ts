// The plain text of a body, with a map from text offsets back to the nodes.
// It matches Lexical's own RootNode.getTextContent(): blocks joined by a blank line
// ("\n\n"), line breaks as "\n". Detection and review report offsets into this text,
// and the editor maps them back to its text nodes with the same rule.
import type { AnyNodeJSON, ArticleBody, BlockNodeJSON, InlineNodeJSON } from "./nodes.ts";

export const BLOCK_SEPARATOR = "\n\n";

/** One run of text from a text node: where it sits in the plain text and in the tree. */
export interface TextRun {
  start: number;
  end: number;
  /** Child indexes from the root down to the text node. */
  path: number[];
  node: InlineNodeJSON;
}

export interface BodyText {
  text: string;
  runs: TextRun[];
  /** Top-level blocks: their span in the text and their type. */
  blocks: { start: number; end: number; type: BlockNodeJSON["type"]; index: number }[];
}

/** Block elements are followed by a blank line; inline elements and figures (decorators) are not. */
function isBlockElement(node: AnyNodeJSON): boolean {
  return "children" in node && node.type !== "link" && node.type !== "quotation";
}

function childrenOf(node: AnyNodeJSON): AnyNodeJSON[] {
  return "children" in node ? (node.children as AnyNodeJSON[]) : [];
}

/** Walk a body and collect its plain text, its text runs and its top-level blocks. */
export function bodyText(articleBody: ArticleBody): BodyText {
  let text = "";
  const runs: TextRun[] = [];
  const blocks: BodyText["blocks"] = [];

  const visit = (node: AnyNodeJSON, path: number[]): void => {
    if (node.type === "text") {
      runs.push({ start: text.length, end: text.length + node.text.length, path, node });
      text += node.text;
      return;
    }
    if (node.type === "linebreak") {
      text += "\n";
      return;
    }
    // Other text-like nodes (a pasted tab, before it is stored as a space) count as their text,
    // as they do in the editor.
    const leaf = node as { text?: unknown };
    if (typeof leaf.text === "string") {
      text += leaf.text;
      return;
    }
    if (node.type === "figure") return; // a figure's caption is not running text
    const kids = childrenOf(node);
    kids.forEach((child, i) => {
      visit(child, [...path, i]);
      if (isBlockElement(child) && i < kids.length - 1) text += BLOCK_SEPARATOR;
    });
  };

  articleBody.root.children.forEach((block, i) => {
    const start = text.length;
    visit(block, [i]);
    blocks.push({ start, end: text.length, type: block.type, index: i });
    if (isBlockElement(block) && i < articleBody.root.children.length - 1) text += BLOCK_SEPARATOR;
  });
  return { text, runs, blocks };
}

export function plainText(articleBody: ArticleBody): string {
  return bodyText(articleBody).text;
}

/** Words as an editor counts them: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** Reading time in whole minutes at a newsroom's usual 230 words a minute (at least 1 for any text). */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
