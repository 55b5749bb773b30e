// Suggested edits (track changes) in the stored body: the node's schema, the list of pending
// suggestions, and accepting or rejecting them. The editor's node (renderer/editor/nodes/
// SuggestionNode.ts) and the export's <ins>/<del> (shared/export/render/suggestion.ts) stand
// on the same shape. The rule everyone reads a pending suggestion by, stated once:
//   the story's text is the text as it reads with every pending suggestion accepted:
//   an insertion's words are in it, a deletion's words are not (they stay visible in the
//   editor, struck through, until someone accepts or rejects the deletion).
// Review, search, word count and a default export all see that text (text.ts skips deletions).
// A formatting suggestion reads the same way: its words show the new formatting until rejected.
import { z } from "zod";
import {
  type AnyNodeJSON,
  type ArticleBody,
  SUGGESTION_TYPES,
  TEXT_FORMAT,
  TEXT_FORMAT_NAMES,
  type SuggestedBreakJSON,
  type SuggestionNodeJSON,
  type TextFormatName,
} from "./nodes.ts";

export const suggestionKind = z.enum(SUGGESTION_TYPES);

/** Who suggested and when: the fields every part of a suggestion carries. */
export const suggestionFields = {
  suggestionId: z.string(needs("A suggested edit needs its id.")).min(1).max(200),
  author: z.string().max(200),
  initials: z.string().max(8),
  at: z.string().max(40),
};

/** A suggested paragraph break, in the node state of the block it starts. */
export const suggestedBreakSchema = z.looseObject(suggestionFields);

/** The suggested break a block starts with, if any. */
export function suggestedBreakOf(node: AnyNodeJSON): SuggestedBreakJSON | null {
  const state = (node as { $?: { suggestedBreak?: unknown } }).$;
  const parsed = suggestedBreakSchema.safeParse(state?.suggestedBreak);
  return parsed.success ? parsed.data : null;
}

function needs(what: string) {
  return { error: () => what };
}

/** The zod schema of a suggestion node, given the schema of its inline children (schema.ts). */
export function suggestionNodeSchemas(elementFields: z.ZodRawShape, children: z.ZodType) {
  const of = (type: "suggestion-insert" | "suggestion-delete") =>
    z.looseObject({ type: z.literal(type), ...elementFields, children, ...suggestionFields });
  const format = z.looseObject({
    type: z.literal("suggestion-format"),
    ...elementFields,
    children,
    ...suggestionFields,
    suggestedFormat: z.enum(TEXT_FORMAT_NAMES, needs("A formatting suggestion needs a known format.")),
    formatOn: z.boolean(needs("A formatting suggestion says whether the format goes on or off.")),
  });
  return [of("suggestion-insert"), of("suggestion-delete"), format] as const;
}

/** "bold", or "bold removed": a formatting suggestion in a few words. */
export function formatChange(format: TextFormatName, on: boolean): string {
  return on ? format : `${format} removed`;
}

export function isSuggestionNode(node: { type: string }): node is SuggestionNodeJSON {
  return (SUGGESTION_TYPES as readonly string[]).includes(node.type);
}

/** One pending suggestion, all its parts together, as the Changes list and the review show it. */
export interface PendingSuggestion {
  id: string;
  kind: "insert" | "delete" | "format" | "break";
  /** For a formatting suggestion: which format, put on or taken off. */
  formatting?: { format: TextFormatName; on: boolean };
  author: string;
  initials: string;
  at: string;
  /** The words it adds or takes out (its parts joined by a space). */
  text: string;
}

const whoOf = ({ author, initials, at }: SuggestedBreakJSON) => ({ author, initials, at });

export function suggestionKindOf(node: SuggestionNodeJSON): "insert" | "delete" | "format" {
  return node.type === "suggestion-insert"
    ? "insert"
    : node.type === "suggestion-delete"
      ? "delete"
      : "format";
}

function textOf(node: AnyNodeJSON): string {
  if (node.type === "text") return node.text;
  if (node.type === "linebreak") return "\n";
  return "children" in node ? (node.children as AnyNodeJSON[]).map(textOf).join("") : "";
}

/** Every pending suggestion in story order, once per id. */
export function pendingSuggestions(body: ArticleBody): PendingSuggestion[] {
  const byId = new Map<string, PendingSuggestion>();
  const visit = (node: AnyNodeJSON) => {
    const split = suggestedBreakOf(node);
    if (split)
      byId.set(split.suggestionId, { id: split.suggestionId, kind: "break", ...whoOf(split), text: "¶" });
    if (isSuggestionNode(node)) {
      const text = textOf(node);
      const seen = byId.get(node.suggestionId);
      if (seen) seen.text = `${seen.text} ${text}`;
      else
        byId.set(node.suggestionId, {
          id: node.suggestionId,
          kind: suggestionKindOf(node),
          ...(node.type === "suggestion-format"
            ? { formatting: { format: node.suggestedFormat, on: node.formatOn } }
            : {}),
          author: node.author,
          initials: node.initials,
          at: node.at,
          text,
        });
    }
    if ("children" in node) (node.children as AnyNodeJSON[]).forEach(visit);
  };
  visit(body.root);
  return [...byId.values()];
}

export type Verdict = "accept" | "reject" | "keep";

/** What a decision is asked about: a suggestion part, or a suggested paragraph break. */
type Decide = (suggestion: SuggestionNodeJSON | SuggestedBreakJSON) => Verdict;

/** A block that starts with a suggested break, decided: kept (state cleared) or joined to `before`. */
function resolveBreak(
  node: AnyNodeJSON,
  before: AnyNodeJSON | undefined,
  decide: Decide,
  out: AnyNodeJSON[],
) {
  const split = suggestedBreakOf(node)!;
  const verdict = decide(split);
  if (verdict === "keep") return void out.push(node);
  const { suggestedBreak: _decided, ...state } = (node as { $?: Record<string, unknown> }).$ ?? {};
  const kept = { ...node, $: state } as AnyNodeJSON;
  if (verdict === "reject" && before && "children" in before && "children" in kept) {
    out[out.length - 1] = { ...before, children: [...before.children, ...kept.children] } as AnyNodeJSON;
    return;
  }
  out.push(kept);
}

/** Children with suggestions decided, all the way down. */
function resolveChildren(children: AnyNodeJSON[], decide: Decide) {
  const out: AnyNodeJSON[] = [];
  for (const child of children) {
    const node = (
      "children" in child
        ? { ...child, children: resolveChildren(child.children as AnyNodeJSON[], decide) }
        : child
    ) as AnyNodeJSON;
    if (suggestedBreakOf(node)) {
      resolveBreak(node, out[out.length - 1], decide, out);
      continue;
    }
    if (!isSuggestionNode(node)) {
      out.push(node);
      continue;
    }
    const verdict = decide(node);
    if (verdict === "keep") out.push(node);
    else if (node.type === "suggestion-format")
      out.push(
        ...(verdict === "accept"
          ? node.children
          : withFormat(node.children, node.suggestedFormat, !node.formatOn)),
      );
    else if ((verdict === "accept") === (node.type === "suggestion-insert")) out.push(...node.children);
  }
  return out;
}

/** The nodes with `format` put on (or taken off) every text in them, as a rejection restores it. */
function withFormat(nodes: AnyNodeJSON[], format: TextFormatName, on: boolean): AnyNodeJSON[] {
  const bit = TEXT_FORMAT[format];
  return nodes.map((node) => {
    if (node.type === "text") return { ...node, format: on ? node.format | bit : node.format & ~bit };
    if ("children" in node)
      return { ...node, children: withFormat(node.children as AnyNodeJSON[], format, on) } as AnyNodeJSON;
    return node;
  });
}

/**
 * A copy of the body with suggestions decided: an accepted insertion or a rejected deletion
 * leaves its words in place; a rejected insertion or an accepted deletion takes them out; a
 * formatting suggestion keeps its words, as they show when accepted, restored when rejected; a
 * rejected paragraph break joins its block to the one before.
 */
export function resolveSuggestions(body: ArticleBody, decide: Decide): ArticleBody {
  const root = body.root;
  return { root: { ...root, children: resolveChildren(root.children, decide) as typeof root.children } };
}

/** The story as it reads with every suggestion accepted (what a default export shows). */
export function acceptAllSuggestions(body: ArticleBody): ArticleBody {
  return hasSuggestions(body) ? resolveSuggestions(body, () => "accept") : body;
}

export function hasSuggestions(body: ArticleBody): boolean {
  const visit = (node: AnyNodeJSON): boolean =>
    isSuggestionNode(node) ||
    suggestedBreakOf(node) !== null ||
    ("children" in node && (node.children as AnyNodeJSON[]).some(visit));
  return visit(body.root);
}
