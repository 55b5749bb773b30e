// Subheadings. The headline is the page's only <h1>; a subhead may go one rank deeper than the
// one before it but never skips ranks (an h4 straight after the headline becomes an h2), so
// screen-reader outlines stay intact whatever the editor picked.
import type { HeadingNodeJSON } from "../../document/nodes.ts";
import type { RenderContext } from "./context.ts";
import { hasWords, renderInline } from "./inline.ts";

export function renderHeading(node: HeadingNodeJSON, ctx: RenderContext): string {
  if (!hasWords(node.children)) return "";
  const wanted = Number(node.tag.slice(1));
  const rank = Math.max(2, Math.min(wanted, ctx.headingRank + 1));
  ctx.headingRank = rank;
  return `<h${rank}>${renderInline(node.children, ctx)}</h${rank}>`;
}
