// Builds the ReviewContext once per review: the plain text, paragraphs, sentences, figures, the
// tagged quotations with their spans, and a quick "is this offset quoted?" lookup that every rule
// shares instead of re-walking the body.
import type { ArticleBody } from "../document/nodes.ts";
import { type Attributed, bodyText, type FigureAt, type TaggedQuotation } from "../document/text.ts";
import type { DetectedQuote } from "../quotes/types.ts";
import { paragraphSpans, sentenceSpans } from "../language/sentences.ts";
import { inSpans, mergeSpans, spanIndexAt } from "./spans.ts";
import type { FigureInfo, ReviewContext, ReviewDependencies, ReviewSource, Span } from "./types.ts";

/** The body's tagged quotations (from the one walker), each with its library source. */
export function taggedQuotations(
  quotations: readonly TaggedQuotation[],
  sourceById: ReadonlyMap<string, ReviewSource>,
): Attributed<ReviewSource>[] {
  return quotations.map((q) => ({
    ...q,
    source: q.sourceId === null ? null : (sourceById.get(q.sourceId) ?? null),
  }));
}

function figuresOf(figures: readonly FigureAt[]): FigureInfo[] {
  return figures.map(({ node, index, at }) => ({
    index,
    at,
    caption: node.caption,
    credit: node.credit,
    alt: node.alt,
  }));
}

export function buildContext(
  body: ArticleBody,
  sources: ReviewSource[],
  deps: ReviewDependencies,
  detectedIn?: DetectedQuote[],
): ReviewContext {
  const { text, blocks, quotations, figures } = bodyText(body);
  const detected = detectedIn ?? deps.detectQuotes(text);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const tagged = taggedQuotations(quotations, sourceById);
  const paragraphs = paragraphSpans(text).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
  const sentences = paragraphs.flatMap((p) => sentenceSpans(text, p));
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
    figures: figuresOf(figures),
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
