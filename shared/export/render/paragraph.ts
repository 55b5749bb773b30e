import type { ParagraphNodeJSON } from "../../document/nodes.ts";
import type { RenderContext } from "./context.ts";
import { hasWords, renderInline } from "./inline.ts";
import { renderBreakMarks } from "./suggestion.ts";

export function renderParagraph(node: ParagraphNodeJSON, ctx: RenderContext): string {
  if (!hasWords(node.children)) return "";
  return `<p>${renderBreakMarks(node, ctx.showSuggestions)}${renderInline(node.children, ctx)}</p>`;
}
