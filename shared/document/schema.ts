// The article body as zod schemas, one per node type, so every call that takes a body checks
// the whole document at the boundary: a paragraph without children, a text node without text
// or a node type no reader knows is refused with a message instead of being stored and
// breaking every later export. Each schema names the fields Copydesk's readers rely on and
// keeps whatever else Lexical writes (textFormat, textStyle, node state) untouched.
import { z } from "zod";
import { type ArticleBody, commentMarkId, quotationStatus, quoteKind } from "./nodes.ts";
import { suggestedBreakSchema, suggestionNodeSchemas } from "./suggestions.ts";

/** The most plain text one story may hold (the same limit as a text import). */
export const STORY_TEXT_LIMIT = 5_000_000;
/** Deeper than any list an editor makes; a bound so a hostile body cannot exhaust the stack. */
const MAX_DEPTH = 64;
const MAX_NODES = 1_000_000;

// Lexical writes a version on every node; no reader here depends on it.
const version = z.number().optional();
const direction = z.enum(["ltr", "rtl"]).nullable().optional();
const elementFormat = z.union([z.string().max(20), z.number()]).optional();
const indent = z.number().int().min(0).max(100).optional();
const elementFields = {
  version,
  direction,
  format: elementFormat,
  indent,
  // Suggestions on the paragraph break before a block (nodes.ts's BREAK_SUGGESTIONS).
  $: z
    .looseObject({
      suggestedBreak: suggestedBreakSchema.nullable().optional(),
      suggestedJoin: suggestedBreakSchema.nullable().optional(),
    })
    .optional(),
};

const needs = (what: string) => ({ error: () => what });

export const textNodeSchema = z.looseObject({
  type: z.literal("text"),
  version,
  text: z.string(needs("A text node needs its text.")),
  format: z.number().int(),
  detail: z.number().int().optional(),
  mode: z.enum(["normal", "token", "segmented"]).optional(),
  style: z.string().max(2000).optional(),
});

export const lineBreakNodeSchema = z.looseObject({ type: z.literal("linebreak"), version });

/** A pasted tab: stored as a space (see normalize.ts), accepted as Lexical writes it. */
export const tabNodeSchema = z.looseObject({
  type: z.literal("tab"),
  version,
  text: z.string().max(10).optional(),
});

// Typed loosely where a schema refers to itself (through links and quotations), which breaks
// TypeScript's inference cycle; the cast on articleBodySchema gives the body its real type.
const inlineChildren = (what: string) =>
  z.array(
    z.lazy((): z.ZodType => inlineNodeSchema),
    needs(`A ${what} needs its children.`),
  );

export const linkNodeSchema = z.looseObject({
  type: z.literal("link"),
  ...elementFields,
  children: inlineChildren("link"),
  url: z.string(needs("A link needs its address.")).max(8000),
  rel: z.string().max(200).nullable().optional(),
  target: z.string().max(200).nullable().optional(),
  title: z.string().max(2000).nullable().optional(),
});

export const quotationNodeSchema = z.looseObject({
  type: z.literal("quotation"),
  ...elementFields,
  children: inlineChildren("quotation"),
  quoteId: z.string(needs("A tagged quotation needs its quote id.")).max(200),
  sourceId: z.string().max(200).nullable(),
  status: quotationStatus,
  kind: quoteKind.optional(),
});

/** Comment marks (Lexical's MarkNode): the ids tie the words to threads in the library. */
export const markNodeSchema = z.looseObject({
  type: z.literal("mark"),
  ...elementFields,
  children: inlineChildren("comment mark"),
  ids: z.array(commentMarkId, needs("A comment mark needs its comment ids.")).min(1).max(50),
});

/** Suggested edits (track changes): an insertion or a deletion around inline words. */
export const [suggestionInsertNodeSchema, suggestionDeleteNodeSchema, suggestionFormatNodeSchema] =
  suggestionNodeSchemas(elementFields, inlineChildren("suggested edit"));

const byType = <T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(
  where: string,
  options: T,
) =>
  z.discriminatedUnion("type", options, {
    error: (issue) => {
      const type = (issue.input as { type?: unknown } | undefined)?.type;
      return typeof type === "string"
        ? `A ${where} cannot hold a "${type}" node.`
        : `Every node in a ${where} needs a type.`;
    },
  });

export const inlineNodeSchema = byType("paragraph", [
  textNodeSchema,
  lineBreakNodeSchema,
  tabNodeSchema,
  linkNodeSchema,
  quotationNodeSchema,
  markNodeSchema,
  suggestionInsertNodeSchema,
  suggestionDeleteNodeSchema,
  suggestionFormatNodeSchema,
]);

export const paragraphNodeSchema = z.looseObject({
  type: z.literal("paragraph"),
  ...elementFields,
  children: inlineChildren("paragraph"),
});

export const headingNodeSchema = z.looseObject({
  type: z.literal("heading"),
  ...elementFields,
  tag: z.enum(["h1", "h2", "h3", "h4", "h5", "h6"]),
  children: inlineChildren("heading"),
});

/** A block quote (Lexical's QuoteNode). */
export const blockQuoteNodeSchema = z.looseObject({
  type: z.literal("quote"),
  ...elementFields,
  children: inlineChildren("block quote"),
});

export const pullQuoteNodeSchema = z.looseObject({
  type: z.literal("pullquote"),
  ...elementFields,
  attribution: z.string().max(2000),
  children: inlineChildren("pull quote"),
});

export const listItemNodeSchema = z.looseObject({
  type: z.literal("listitem"),
  ...elementFields,
  value: z.number().int(),
  checked: z.boolean().optional(),
  children: z.array(
    z.lazy((): z.ZodType => listItemChildSchema),
    needs("A list item needs its children."),
  ),
});

export const listNodeSchema = z.looseObject({
  type: z.literal("list"),
  ...elementFields,
  listType: z.enum(["bullet", "number", "check"]),
  start: z.number().int(),
  tag: z.enum(["ul", "ol"]),
  children: z.array(listItemNodeSchema, needs("A list needs its items.")),
});

const listItemChildSchema = byType("list item", [
  textNodeSchema,
  lineBreakNodeSchema,
  tabNodeSchema,
  linkNodeSchema,
  quotationNodeSchema,
  markNodeSchema,
  suggestionInsertNodeSchema,
  suggestionDeleteNodeSchema,
  suggestionFormatNodeSchema,
  listNodeSchema,
]);

export const figureNodeSchema = z.looseObject({
  type: z.literal("figure"),
  version,
  src: z.string().max(100_000),
  image: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "A figure's picture is named by its SHA-256 (64 hex digits).")
    .optional(),
  width: z.number().int().min(1).max(100_000).optional(),
  height: z.number().int().min(1).max(100_000).optional(),
  alt: z.string().max(2000),
  caption: z.string().max(5000),
  credit: z.string().max(500),
});

export const blockNodeSchema = byType("story", [
  paragraphNodeSchema,
  headingNodeSchema,
  blockQuoteNodeSchema,
  pullQuoteNodeSchema,
  listNodeSchema,
  figureNodeSchema,
]);

export const rootNodeSchema = z.looseObject({
  type: z.literal("root", needs("The body's root must be a root node.")),
  ...elementFields,
  children: z.array(blockNodeSchema, needs("The body's root needs its children.")).max(200_000),
});

/** Sizes first, without recursion: depth, node count and total text, so no parse can blow up. */
function checkSize(value: unknown, ctx: z.RefinementCtx): void {
  const stack: [unknown, number][] = [[(value as { root?: unknown } | null)?.root, 0]];
  let nodes = 0;
  let text = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    nodes++;
    const { text: words, children } = node as { text?: unknown; children?: unknown };
    if (typeof words === "string") text += words.length;
    const problem =
      depth > MAX_DEPTH
        ? `The body is nested more than ${MAX_DEPTH} levels deep.`
        : nodes > MAX_NODES
          ? `The body has more than ${MAX_NODES.toLocaleString("en")} nodes.`
          : text > STORY_TEXT_LIMIT
            ? `The story is longer than ${STORY_TEXT_LIMIT.toLocaleString("en")} characters.`
            : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem, input: value });
      return;
    }
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
}

const documentSchema = z.object(
  { root: rootNodeSchema },
  needs("The article body is not a Copydesk document."),
);

/**
 * A whole article body, checked node by node. Typed as the document model of nodes.ts, which
 * names the same fields (Lexical's extra ones pass through unchanged).
 */
export const articleBodySchema = z
  .unknown()
  .superRefine(checkSize)
  .pipe(documentSchema) as unknown as z.ZodType<ArticleBody, ArticleBody>;
