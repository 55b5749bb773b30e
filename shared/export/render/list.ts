// Bulleted and numbered lists. Lexical stores a sub-list as its own list item placed after its
// parent item; HTML wants it inside the parent <li>, so such an item joins the one above it.
import type { InlineNodeJSON, ListNodeJSON } from "../../document/nodes.ts";
import type { RenderContext } from "./context.ts";
import { hasWords, renderInline } from "./inline.ts";

export function renderList(list: ListNodeJSON, ctx: RenderContext): string {
  const items: string[] = [];
  for (const item of list.children) {
    const inline = item.children.filter((c): c is InlineNodeJSON => c.type !== "list");
    const words = hasWords(inline) ? renderInline(inline, ctx) : "";
    const nested = item.children
      .filter((c): c is ListNodeJSON => c.type === "list")
      .map((sub) => renderList(sub, ctx))
      .join("");
    if (words === "" && nested === "") continue;
    if (words === "" && items.length > 0) items[items.length - 1] += nested;
    else items.push(words + nested);
  }
  if (items.length === 0) return "";
  const tag = list.listType === "number" ? "ol" : "ul";
  const start =
    tag === "ol" && Number.isInteger(list.start) && list.start !== 1 ? ` start="${list.start}"` : "";
  return `<${tag}${start}>${items.map((item) => `<li>${item}</li>`).join("")}</${tag}>`;
}
