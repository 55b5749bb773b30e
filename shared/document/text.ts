// The one body walker: the plain text of a body, with a map from text offsets back to the
// nodes, and the tagged quotations and figures found on the way. Review, export, the library
// and the renderer all read a body through it, so they agree on every offset and every quote.
// The text matches Lexical's own RootNode.getTextContent(): blocks joined by a blank line
// ("\n\n"), line breaks as "\n". Detection and review report offsets into this text, and the
// editor maps them back to its text nodes with the same rule. A pending deletion (a suggested
// edit, see suggestions.ts) adds no text: the story reads as if every suggestion were accepted,
// and the editor's walker (renderer/editor/textRange.ts) skips deletions the same way. So does a
// pending join of two blocks: no blank line between them, their words run on.
import type {
  AnyNodeJSON,
  ArticleBody,
  BlockNodeJSON,
  FigureNodeJSON,
  InlineNodeJSON,
  QuotationNodeJSON,
  QuotationStatus,
  QuoteKind,
} from "./nodes.ts";
import { breakSuggestionsOf, isSuggestionNode, readsJoined, suggestionKindOf } from "./suggestions.ts";

export const BLOCK_SEPARATOR = "\n\n";

/** One run of text from a text node: where it sits in the plain text and in the tree. */
export interface TextRun {
  start: number;
  end: number;
  /** Child indexes from the root down to the text node. */
  path: number[];
  node: InlineNodeJSON;
}

/** A tagged quotation node and where its words sit in the plain text. */
export interface TaggedQuotation {
  quoteId: string;
  sourceId: string | null;
  status: QuotationStatus;
  /** As the editor set it; absent on older bodies (see inferQuoteKind). */
  kind?: QuoteKind;
  start: number;
  end: number;
  /** The quoted words as the plain text has them (line breaks as "\n"). */
  text: string;
  /** Index of the top-level block it sits in. */
  block: number;
}

/** A tagged quotation with the source it is tied to, as a reader (review, export) knows sources. */
export type Attributed<Source> = TaggedQuotation & { source: Source | null };

/** A figure block: where it stands in the plain text (it adds no text of its own). */
export interface FigureAt {
  node: FigureNodeJSON;
  index: number;
  at: number;
}

/** Where one part of a suggested edit sits: a deletion has no text of its own (start = end). */
export interface SuggestionAt {
  suggestionId: string;
  kind: "insert" | "delete" | "format" | "break" | "join";
  start: number;
  end: number;
}

export interface BodyText {
  text: string;
  runs: TextRun[];
  /** Top-level blocks: their span in the text and their type. */
  blocks: { start: number; end: number; type: BlockNodeJSON["type"]; index: number }[];
  /** Tagged quotations in story order; a quotation inside another belongs to the outer one. */
  quotations: TaggedQuotation[];
  figures: FigureAt[];
  /** Parts of pending suggested edits, in story order. */
  suggestions: SuggestionAt[];
}

const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  "link",
  "quotation",
  "mark",
  "suggestion-insert",
  "suggestion-delete",
  "suggestion-format",
]);

/** Block elements are followed by a blank line; inline elements and figures (decorators) are not. */
function isBlockElement(node: AnyNodeJSON): boolean {
  return "children" in node && !INLINE_ELEMENTS.has(node.type);
}

/** A blank line after `block`, unless `next` is suggested to join it (read as accepted). */
function separates(block: AnyNodeJSON, next: AnyNodeJSON): boolean {
  return isBlockElement(block) && !readsJoined(block, next);
}

function childrenOf(node: AnyNodeJSON): AnyNodeJSON[] {
  return "children" in node ? (node.children as AnyNodeJSON[]) : [];
}

/** A suggested edit's place in the text; a deletion's words are skipped, so it is only a point. */
function suggestionAt(node: AnyNodeJSON, at: number): SuggestionAt | null {
  if (!isSuggestionNode(node)) return null;
  return { suggestionId: node.suggestionId, kind: suggestionKindOf(node), start: at, end: at };
}

/** Walk a body once and collect its plain text, runs, blocks, quotations and figures. */
export function bodyText(articleBody: ArticleBody): BodyText {
  let text = "";
  const runs: TextRun[] = [];
  const blocks: BodyText["blocks"] = [];
  const quotations: TaggedQuotation[] = [];
  const figures: FigureAt[] = [];
  const suggestions: SuggestionAt[] = [];
  // The quotation being walked, with the span of its text runs (none yet: start -1).
  let open: { node: QuotationNodeJSON; start: number; end: number } | null = null;
  let block = 0;

  const visit = (node: AnyNodeJSON, path: number[]): void => {
    if (node.type === "text") {
      runs.push({ start: text.length, end: text.length + node.text.length, path, node });
      if (open) {
        if (open.start < 0) open.start = text.length;
        open.end = text.length + node.text.length;
      }
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
    for (const mark of breakSuggestionsOf(node))
      suggestions.push({
        suggestionId: mark.suggestionId,
        kind: mark.kind,
        start: text.length,
        end: text.length,
      });
    const part = suggestionAt(node, text.length);
    if (part) suggestions.push(part);
    if (part?.kind === "delete") return; // words suggested for deletion are not the story's
    const outer = node.type === "quotation" && !open;
    if (outer) open = { node, start: -1, end: -1 };
    const kids = childrenOf(node);
    kids.forEach((child, i) => {
      visit(child, [...path, i]);
      if (i < kids.length - 1 && separates(child, kids[i + 1])) text += BLOCK_SEPARATOR;
    });
    if (part) part.end = text.length;
    if (outer && open) {
      const { node: q, start, end } = open;
      open = null;
      // A tag around no words (only line breaks) marks nothing a reader could quote.
      if (start < 0) return;
      quotations.push({
        quoteId: q.quoteId,
        sourceId: q.sourceId ?? null,
        status: q.status === "confirmed" ? "confirmed" : "suggested",
        ...(q.kind ? { kind: q.kind } : {}),
        start,
        end,
        text: text.slice(start, end),
        block,
      });
    }
  };

  articleBody.root.children.forEach((node, i) => {
    const start = text.length;
    block = i;
    if (node.type === "figure") figures.push({ node, index: i, at: start });
    visit(node, [i]);
    blocks.push({ start, end: text.length, type: node.type, index: i });
    const next = articleBody.root.children[i + 1];
    if (next && separates(node, next)) text += BLOCK_SEPARATOR;
  });
  return { text, runs, blocks, quotations, figures, suggestions };
}

export function plainText(articleBody: ArticleBody): string {
  return bodyText(articleBody).text;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point is a letter or digit (ASCII without a regular expression). */
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * Words as an editor counts them: runs of letters or digits, apostrophes and hyphens inside
 * (what /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches), counted in one walk without
 * making a string per word: every autosave counts a long story's words.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && isJoiner(code) && i + 1 < text.length && isWordChar(text.codePointAt(i + 1)!))) {
      inWord = false;
    }
    i += width;
  }
  return count;
}

/** Reading time in whole minutes at a newsroom's usual 230 words a minute (at least 1 for any text). */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
