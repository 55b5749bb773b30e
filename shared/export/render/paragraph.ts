import type { ParagraphNodeJSON } from "../../document/nodes.ts";
import type { RenderContext } from "./context.ts";
import { hasWords, renderInline } from "./inline.ts";

export function renderParagraph(node: ParagraphNodeJSON, ctx: RenderContext): string {
  return hasWords(node.children) ? `<p>${renderInline(node.children, ctx)}</p>` : "";
}
