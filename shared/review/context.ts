// Builds the ReviewContext once per review: the plain text, paragraphs, sentences, figures, the
// tagged quotations with their spans, and a quick "is this offset quoted?" lookup that every rule
// shares instead of re-walking the body.
import type { AnyNodeJSON, ArticleBody, QuotationNodeJSON } from "../document/nodes.ts";
import { bodyText } from "../document/text.ts";
import type { DetectedQuote } from "../quotes/types.ts";
import { splitParagraphs, splitSentences } from "./sentences.ts";
import { inSpans, mergeSpans, spanIndexAt } from "./spans.ts";
import type {
  FigureInfo,
  ReviewContext,
  ReviewDependencies,
  ReviewSource,
  Span,
  TaggedQuotation,
} from "./types.ts";

/** The quotation node a run sits in (walking its path from the root), with that node's path key. */
function quotationOf(body: ArticleBody, path: number[]): { node: QuotationNodeJSON; key: string } | null {
  let node: AnyNodeJSON = body.root;
  let found: { node: QuotationNodeJSON; key: string } | null = null;
  for (let depth = 0; depth < path.length; depth++) {
    if (!("children" in node)) break;
    node = (node.children as AnyNodeJSON[])[path[depth]];
    if (!node) break;
    // The outermost quotation wins: a quote nested in a quote belongs to the outer tag.
    if (node.type === "quotation" && !found) found = { node, key: path.slice(0, depth + 1).join(".") };
  }
  return found;
}

export function taggedQuotations(
  body: ArticleBody,
  runs: ReturnType<typeof bodyText>["runs"],
  text: string,
  sourceById: ReadonlyMap<string, ReviewSource>,
): TaggedQuotation[] {
  const byKey = new Map<string, TaggedQuotation>();
  for (const run of runs) {
    const q = quotationOf(body, run.path);
    if (!q) continue;
    const seen = byKey.get(q.key);
    if (seen) {
      seen.start = Math.min(seen.start, run.start);
      seen.end = Math.max(seen.end, run.end);
      continue;
    }
    byKey.set(q.key, {
      quoteId: q.node.quoteId,
      sourceId: q.node.sourceId,
      status: q.node.status,
      start: run.start,
      end: run.end,
      text: "",
      source: q.node.sourceId === null ? null : (sourceById.get(q.node.sourceId) ?? null),
    });
  }
  const tagged = [...byKey.values()].sort((a, b) => a.start - b.start);
  for (const t of tagged) t.text = text.slice(t.start, t.end);
  return tagged;
}

function figuresOf(body: ArticleBody, blocks: ReturnType<typeof bodyText>["blocks"]): FigureInfo[] {
  const figures: FigureInfo[] = [];
  body.root.children.forEach((block, index) => {
    if (block.type !== "figure") return;
    figures.push({
      index,
      at: blocks[index]?.start ?? 0,
      caption: block.caption,
      credit: block.credit,
      alt: block.alt,
    });
  });
  return figures;
}

export function buildContext(
  body: ArticleBody,
  sources: ReviewSource[],
  deps: ReviewDependencies,
  detectedIn?: DetectedQuote[],
): ReviewContext {
  const { text, runs, blocks } = bodyText(body);
  const detected = detectedIn ?? deps.detectQuotes(text);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const tagged = taggedQuotations(body, runs, text, sourceById);
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap(splitSentences);
  const quoted = mergeSpans([
    ...detected.map((q) => ({ start: q.markStart, end: Math.max(q.markEnd, q.end) })),
    ...tagged.map((t) => ({ start: t.start, end: t.end })),
  ]);
  const nearest = <T extends Span>(list: T[], offset: number, fallback: T): T =>
    list[Math.max(0, spanIndexAt(list, offset))] ?? fallback;
  const emptyParagraph = { start: 0, end: 0, text: "" };
  return {
    text,
    body,
    paragraphs,
    sentences,
    figures: figuresOf(body, blocks),
    headings: blocks.filter((b) => b.type === "heading").map(({ start, end }) => ({ start, end })),
    detected,
    tagged,
    sources,
    sourceById,
    matchSource: (name) => {
      const hit = deps.matchSourceName(name, sources);
      const source = hit ? sourceById.get(hit.id) : undefined;
      return hit && source ? { source, exact: hit.exact, distance: hit.distance } : null;
    },
    matchName: (name, candidates) => {
      const hit = deps.matchSourceName(
        name,
        candidates.map((c, i) => ({ id: String(i), name: c })),
      );
      return hit ? { name: hit.name, exact: hit.exact } : null;
    },
    isQuoted: (offset) => inSpans(quoted, offset),
    paragraphAt: (offset) => nearest(paragraphs, offset, emptyParagraph),
    sentenceAt: (offset) => nearest(sentences, offset, { start: 0, end: 0 }),
  };
}
