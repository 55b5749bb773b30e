// A block quote: quoted matter set off from the text (a letter, a statement), as <blockquote>.
import type { BlockQuoteNodeJSON } from "../../document/nodes.ts";
import type { RenderContext } from "./context.ts";
import { hasWords, renderInline } from "./inline.ts";

export function renderBlockQuote(node: BlockQuoteNodeJSON, ctx: RenderContext): string {
  return hasWords(node.children) ? `<blockquote><p>${renderInline(node.children, ctx)}</p></blockquote>` : "";
}
