// Small constructors for body nodes, so importers and tests build documents the same
// way the editor serializes them.
import type {
  ArticleBody,
  QuotationNodeJSON,
  QuotationStatus,
  BlockNodeJSON,
  HeadingNodeJSON,
  InlineNodeJSON,
  ParagraphNodeJSON,
  FormatSuggestionNodeJSON,
  SuggestionType,
  TextFormatName,
  TextNodeJSON,
  WordsSuggestionNodeJSON,
} from "./nodes.ts";

export function textNode(text: string, format = 0): TextNodeJSON {
  return { type: "text", version: 1, text, format, detail: 0, mode: "normal", style: "" };
}

export function paragraph(children: InlineNodeJSON[] | string): ParagraphNodeJSON {
  const kids = typeof children === "string" ? [textNode(children)] : children;
  return { type: "paragraph", version: 1, children: kids, direction: "ltr", format: "", indent: 0 };
}

export function heading(text: string, tag: HeadingNodeJSON["tag"] = "h2"): HeadingNodeJSON {
  return {
    type: "heading",
    version: 1,
    tag,
    children: [textNode(text)],
    direction: "ltr",
    format: "",
    indent: 0,
  };
}

/** A tagged quotation around `text` (confirmed unless said otherwise). */
export function quotation(
  text: string,
  tag: { quoteId: string; sourceId?: string | null; status?: QuotationStatus },
): QuotationNodeJSON {
  const { quoteId, sourceId = null, status = "confirmed" } = tag;
  return { type: "quotation", version: 1, quoteId, sourceId, status, children: [textNode(text)] };
}

/** A suggested edit around `children` (words, or a quotation's words). */
export function suggestion(
  type: Exclude<SuggestionType, "suggestion-format">,
  children: InlineNodeJSON[] | string,
  who: { id: string; author?: string; initials?: string; at?: string },
): WordsSuggestionNodeJSON {
  const { id, author = "Ana Ruiz", initials = "AR", at = "2026-12-03T16:00:00.000Z" } = who;
  const kids = typeof children === "string" ? [textNode(children)] : children;
  return { type, version: 1, suggestionId: id, author, initials, at, children: kids };
}

/** A suggested formatting change on words that already show it (bold put on, say). */
export function formatSuggestion(
  suggestedFormat: TextFormatName,
  formatOn: boolean,
  children: InlineNodeJSON[],
  who: { id: string; author?: string; initials?: string; at?: string },
): FormatSuggestionNodeJSON {
  const { id, author = "Ana Ruiz", initials = "AR", at = "2026-12-03T16:00:00.000Z" } = who;
  return {
    type: "suggestion-format",
    version: 1,
    suggestionId: id,
    author,
    initials,
    at,
    suggestedFormat,
    formatOn,
    children,
  };
}

export function body(blocks: BlockNodeJSON[]): ArticleBody {
  return { root: { type: "root", version: 1, children: blocks, direction: "ltr", format: "", indent: 0 } };
}

export function emptyBody(): ArticleBody {
  return body([paragraph([])]);
}
