// A pull quote repeats words from the story as display type, so it is an <aside> (tangential to
// the running text) rather than a <blockquote>; its attribution sits in the aside's <footer>.
// Each aside is a landmark, so it is labelled (and numbered when a story has several).
import type { PullQuoteNodeJSON } from "../../document/nodes.ts";
import { escapeText } from "../escape.ts";
import type { RenderContext } from "./context.ts";
import { hasWords, renderInline } from "./inline.ts";

export function renderPullQuote(node: PullQuoteNodeJSON, ctx: RenderContext): string {
  if (!hasWords(node.children)) return "";
  const attribution = node.attribution.trim();
  const footer = attribution ? `<footer>${escapeText(attribution)}</footer>` : "";
  ctx.pullQuotes.seen += 1;
  const label = ctx.pullQuotes.total > 1 ? `Pull quote ${ctx.pullQuotes.seen}` : "Pull quote";
  return `<aside class="pullquote" aria-label="${label}"><p>${renderInline(node.children, ctx)}</p>${footer}</aside>`;
}
