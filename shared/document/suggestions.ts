// Suggested edits (track changes) in the stored body: the node's schema, the list of pending
// suggestions, and accepting or rejecting them. The editor's node (renderer/editor/nodes/
// SuggestionNode.ts) and the export's <ins>/<del> (shared/export/render/suggestion.ts) stand
// on the same shape. The rule everyone reads a pending suggestion by, stated once:
//   the story's text is the text as it reads with every pending suggestion accepted:
//   an insertion's words are in it, a deletion's words are not (they stay visible in the
//   editor, struck through, until someone accepts or rejects the deletion).
// Review, search, word count and a default export all see that text (text.ts skips deletions).
// A formatting suggestion reads the same way: its words show the new formatting until rejected,
// and so do the suggestions on a paragraph break (BREAK_SUGGESTIONS): a suggested break splits the
// text, a suggested join runs the two blocks' text together.
import { z } from "zod";
import {
  type AnyNodeJSON,
  type ArticleBody,
  BREAK_SUGGESTIONS,
  type BreakSuggestionKind,
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

/** A suggested paragraph break or join, in the node state of the block after the break. */
export const suggestedBreakSchema = z.looseObject(suggestionFields);

/** The suggestion of this kind on the break before a block, if any. */
export function breakSuggestionOf(node: AnyNodeJSON, kind: BreakSuggestionKind): SuggestedBreakJSON | null {
  const state = (node as { $?: Record<string, unknown> }).$;
  if (!state) return null;
  const parsed = suggestedBreakSchema.safeParse(state[BREAK_SUGGESTIONS[kind]]);
  return parsed.success ? parsed.data : null;
}

/** Both suggestions a break can carry, the break first. */
export function breakSuggestionsOf(
  node: AnyNodeJSON,
): (SuggestedBreakJSON & { kind: BreakSuggestionKind })[] {
  if (!(node as { $?: unknown }).$) return [];
  return (["break", "join"] as const).flatMap((kind) => {
    const meta = breakSuggestionOf(node, kind);
    return meta ? [{ ...meta, kind }] : [];
  });
}

/**
 * Whether `block` can join `before` (the block before it): both hold words. A figure holds none,
 * and a list's items stay items, so neither joins; the editor keeps the same rule (breaks.ts).
 */
export function canJoin(before: AnyNodeJSON | undefined, block: AnyNodeJSON): boolean {
  const holdsWords = (node: AnyNodeJSON | undefined) =>
    node !== undefined &&
    "children" in node &&
    node.type !== "list" &&
    !(node.children as AnyNodeJSON[]).some((child) => child.type === "list");
  return holdsWords(before) && holdsWords(block);
}

/** A pending join the story's text reads as accepted: the two blocks' words run on. */
export function readsJoined(before: AnyNodeJSON | undefined, block: AnyNodeJSON): boolean {
  return breakSuggestionOf(block, "join") !== null && canJoin(before, block);
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
  kind: "insert" | "delete" | "format" | BreakSuggestionKind;
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
    for (const mark of breakSuggestionsOf(node))
      byId.set(mark.suggestionId, { id: mark.suggestionId, kind: mark.kind, ...whoOf(mark), text: "¶" });
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

/** What a decision is asked about: a suggestion part, or a suggested paragraph break or join. */
type Decide = (suggestion: SuggestionNodeJSON | SuggestedBreakJSON) => Verdict;

/**
 * Whether a decision joins the block to the one before it: a rejected break, or an accepted join.
 * The one rule for both kinds, here and in the editor (breaks.ts).
 */
export function decisionJoins(kind: BreakSuggestionKind, decision: "accept" | "reject"): boolean {
  return (kind === "break") === (decision === "reject");
}

/**
 * A block with suggestions on the break before it, decided: joined to `before` (a rejected break,
 * an accepted join; whatever else was pending on that break goes with it), or kept with the
 * decided suggestions taken out of its state.
 */
function resolveBreak(
  node: AnyNodeJSON,
  before: AnyNodeJSON | undefined,
  decide: Decide,
  out: AnyNodeJSON[],
) {
  const state: Record<string, unknown> = { ...(node as { $?: Record<string, unknown> }).$ };
  let joins = false;
  for (const mark of breakSuggestionsOf(node)) {
    const verdict = decide(mark);
    if (verdict === "keep") continue;
    delete state[BREAK_SUGGESTIONS[mark.kind]];
    if (decisionJoins(mark.kind, verdict)) joins = true;
  }
  if (joins && canJoin(before, node) && before && "children" in before && "children" in node) {
    out[out.length - 1] = { ...before, children: [...before.children, ...node.children] } as AnyNodeJSON;
    return;
  }
  out.push({ ...node, $: state } as AnyNodeJSON);
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
    if (breakSuggestionsOf(node).length > 0) {
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
 * rejected paragraph break or an accepted join joins its block to the one before.
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
    breakSuggestionsOf(node).length > 0 ||
    ("children" in node && (node.children as AnyNodeJSON[]).some(visit));
  return visit(body.root);
}
