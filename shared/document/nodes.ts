// The serialized article body: a Lexical editor state as stored in the library.
// These types describe only the nodes Copydesk writes, so shared/ code (detection,
// review, export) can read a body without loading Lexical or a DOM. schema.ts checks a body
// against the same shapes, node by node, where it crosses the API.
import { z } from "zod";

/** Lexical's text format bits (see lexical's TextFormatType). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;
export type TextFormatName = keyof typeof TEXT_FORMAT;
export const TEXT_FORMAT_NAMES = Object.keys(TEXT_FORMAT) as [TextFormatName, ...TextFormatName[]];

interface NodeBase {
  version: number;
}

export interface TextNodeJSON extends NodeBase {
  type: "text";
  text: string;
  format: number;
  detail?: number;
  mode?: "normal" | "token" | "segmented";
  style?: string;
}

export interface LineBreakNodeJSON extends NodeBase {
  type: "linebreak";
}

interface ElementBase extends NodeBase {
  children: InlineNodeJSON[];
  direction?: "ltr" | "rtl" | null;
  format?: string | number;
  indent?: number;
  /**
   * Lexical's node state. A block carries the suggestions on the paragraph break before it
   * (BREAK_SUGGESTIONS): `suggestedBreak` when an editor split it off in Suggesting,
   * `suggestedJoin` when one suggested joining it to the block before.
   */
  $?: {
    suggestedBreak?: SuggestedBreakJSON | null;
    suggestedJoin?: SuggestedBreakJSON | null;
    [key: string]: unknown;
  };
}

/**
 * A suggestion on the paragraph break before a block, kept in the block's node state with who
 * and when. Two kinds, mirror images of each other:
 * - a suggested break (Enter in Suggesting): the block was split off at once. Accepted, the
 *   break stays; rejected, the block joins the one before it again.
 * - a suggested join (Backspace at the block's start, or Delete at the end of the one before):
 *   the blocks stay apart on screen. Accepted, the block joins the one before it; rejected,
 *   they stay apart.
 * Kept on the block after the break, for both: splitting that block keeps the state on its first
 * part, the one the break is still before.
 */
export const BREAK_SUGGESTIONS = { break: "suggestedBreak", join: "suggestedJoin" } as const;
export type BreakSuggestionKind = keyof typeof BREAK_SUGGESTIONS;

/** Who suggested a break or a join, and when (the same fields as a suggestion node's). */
export interface SuggestedBreakJSON {
  suggestionId: string;
  author: string;
  initials: string;
  at: string;
}

export interface LinkNodeJSON extends ElementBase {
  type: "link";
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
}

/** Whether a tagged quotation was confirmed by the editor or only suggested by detection. */
export const quotationStatus = z.enum(["suggested", "confirmed"]);
export type QuotationStatus = z.infer<typeof quotationStatus>;

/** A full-sentence quotation or a fragment of one. */
export const quoteKind = z.enum(["full", "partial"]);
export type QuoteKind = z.infer<typeof quoteKind>;

/**
 * A tagged quotation: wraps the quoted words (inline) and ties them to a quote record
 * and a source in the library. `sourceId` is null while the editor has not picked one.
 */
export interface QuotationNodeJSON extends ElementBase {
  type: "quotation";
  quoteId: string;
  sourceId: string | null;
  status: QuotationStatus;
  /** A full-sentence quotation or a fragment; inferred from the words when absent. */
  kind?: QuoteKind;
}

/** A comment thread's id as its mark carries it (a UUID from the editor). */
export const commentMarkId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "A comment id is letters, digits, '-' or '_' (at most 64).");

/**
 * Lexical's MarkNode: the words a comment thread is anchored to (the playground's
 * CommentPlugin). `ids` names the threads; overlapping comments share one mark.
 */
export interface MarkNodeJSON extends ElementBase {
  type: "mark";
  ids: string[];
}

/**
 * What a suggested edit proposes: words to add, words to take out (kept, struck through), or a
 * formatting change (bold put on or taken off) on words that stay.
 */
export const SUGGESTION_TYPES = ["suggestion-insert", "suggestion-delete", "suggestion-format"] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

/**
 * A suggested edit (track changes): an inline element around the words it is about, with who
 * suggested it and when. One suggestion may span several paragraphs (or, for formatting,
 * several runs): each part is a node of its own with the same `suggestionId`. See ./suggestions.ts.
 */
interface SuggestionBase extends ElementBase {
  suggestionId: string;
  /** The editor's name and initials (library.info) when the suggestion was made. */
  author: string;
  initials: string;
  /** ISO 8601 date-time. */
  at: string;
}

export interface WordsSuggestionNodeJSON extends SuggestionBase {
  type: "suggestion-insert" | "suggestion-delete";
}

/**
 * Words whose formatting an editor suggests changing: the words already show the change; a
 * rejection puts `suggestedFormat` back the other way (`formatOn` false: it was taken off).
 */
export interface FormatSuggestionNodeJSON extends SuggestionBase {
  type: "suggestion-format";
  suggestedFormat: TextFormatName;
  formatOn: boolean;
}

export type SuggestionNodeJSON = WordsSuggestionNodeJSON | FormatSuggestionNodeJSON;

export type InlineNodeJSON =
  TextNodeJSON | LineBreakNodeJSON | LinkNodeJSON | QuotationNodeJSON | MarkNodeJSON | SuggestionNodeJSON;

export interface ParagraphNodeJSON extends ElementBase {
  type: "paragraph";
}

export interface HeadingNodeJSON extends ElementBase {
  type: "heading";
  /** The editor makes h2 to h4; a paste can bring any rank, which export folds into the outline. */
  tag: "h1" | "h2" | "h3" | "h4" | "h5" | "h6";
}

/** A block quote (Lexical's QuoteNode, drawn as <blockquote>). */
export interface BlockQuoteNodeJSON extends ElementBase {
  type: "quote";
}

/** A pull quote: words lifted from the story for display; exported as <aside>. */
export interface PullQuoteNodeJSON extends ElementBase {
  type: "pullquote";
  attribution: string;
}

export interface ListItemNodeJSON extends NodeBase {
  type: "listitem";
  value: number;
  checked?: boolean;
  children: (InlineNodeJSON | ListNodeJSON)[];
  direction?: "ltr" | "rtl" | null;
  format?: string | number;
  indent?: number;
}

export interface ListNodeJSON extends NodeBase {
  type: "list";
  /** "check" comes only from a paste; export draws it as a bulleted list. */
  listType: "bullet" | "number" | "check";
  start: number;
  tag: "ul" | "ol";
  children: ListItemNodeJSON[];
  direction?: "ltr" | "rtl" | null;
  format?: string | number;
  indent?: number;
}

/** A photo or graphic with its caption and credit (a block without editable children). */
export interface FigureNodeJSON extends NodeBase {
  type: "figure";
  /** An address (http(s)) for a picture kept elsewhere; "" when the library holds it. */
  src: string;
  /** The picture kept in the library, by the SHA-256 of its bytes (see shared/document/pictures.ts). */
  image?: string;
  /** The picture's size in pixels, when known. */
  width?: number;
  height?: number;
  alt: string;
  caption: string;
  credit: string;
}

export type BlockNodeJSON =
  | ParagraphNodeJSON
  | HeadingNodeJSON
  | BlockQuoteNodeJSON
  | PullQuoteNodeJSON
  | ListNodeJSON
  | FigureNodeJSON;

export interface RootNodeJSON extends NodeBase {
  type: "root";
  children: BlockNodeJSON[];
  direction?: "ltr" | "rtl" | null;
  format?: string | number;
  indent?: number;
}

/** What the library stores as an article's body (Lexical's SerializedEditorState). */
export interface ArticleBody {
  root: RootNodeJSON;
}

export type AnyNodeJSON = BlockNodeJSON | InlineNodeJSON | ListItemNodeJSON | RootNodeJSON;
