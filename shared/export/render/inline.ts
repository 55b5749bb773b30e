// Inline content of a block: text, line breaks, links, tagged quotations, suggested edits.
import type { InlineNodeJSON, LinkNodeJSON, QuotationNodeJSON, TextNodeJSON } from "../../document/nodes.ts";
import { escapeAttr } from "../escape.ts";
import { isExternalHref, safeLinkHref } from "../url.ts";
import type { RenderContext } from "./context.ts";
import { renderSuggestion } from "./suggestion.ts";
import { PUBLISHED_FORMATS, renderText } from "./text.ts";

// The editor often splits a run into several text nodes with the same format (after an undo,
// a detection pass); merging them avoids `</strong><strong>` seams in the output.
function mergeTextRuns(children: InlineNodeJSON[]): InlineNodeJSON[] {
  const out: InlineNodeJSON[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (child.type === "text" && child.text === "") continue;
    if (
      child.type === "text" &&
      last?.type === "text" &&
      (last.format & PUBLISHED_FORMATS) === (child.format & PUBLISHED_FORMATS)
    ) {
      out[out.length - 1] = { ...last, text: last.text + child.text } as TextNodeJSON;
    } else {
      out.push(child);
    }
  }
  return out;
}

function renderLink(link: LinkNodeJSON, ctx: RenderContext): string {
  const inner = renderInline(link.children, ctx);
  if (inner === "") return "";
  const href = safeLinkHref(link.url);
  if (href === null) return inner; // unsafe or relative address: keep the words, drop the link
  const rel = isExternalHref(href) ? ' rel="noopener"' : "";
  const title = link.title ? ` title="${escapeAttr(link.title)}"` : "";
  return `<a href="${escapeAttr(href)}"${rel}${title}>${inner}</a>`;
}

// Only quotations the editor confirmed are attributed in print; a detector's suggestion is
// the editor's working state, not a published claim about who said what.
function renderQuotation(quote: QuotationNodeJSON, ctx: RenderContext): string {
  const inner = renderInline(quote.children, ctx);
  if (inner === "" || !ctx.quoteAttributes || quote.status !== "confirmed") return inner;
  const source = quote.sourceId ? ctx.sources.get(quote.sourceId) : undefined;
  const attrs = [`data-quote-id="${escapeAttr(quote.quoteId)}"`];
  if (source) {
    attrs.push(`data-source-id="${escapeAttr(source.id)}"`, `data-source-name="${escapeAttr(source.name)}"`);
  }
  return `<span class="quote" ${attrs.join(" ")}>${inner}</span>`;
}

export function renderInline(children: InlineNodeJSON[], ctx: RenderContext): string {
  return mergeTextRuns(children)
    .map((child) => {
      switch (child.type) {
        case "text":
          return renderText(child);
        case "linebreak":
          return "<br>";
        case "link":
          return renderLink(child, ctx);
        case "quotation":
          return renderQuotation(child, ctx);
        case "mark":
          // Taken out in prepare.ts; should one reach here, only its words are written.
          return renderInline(child.children, ctx);
        case "suggestion-insert":
        case "suggestion-delete":
        case "suggestion-format":
          return renderSuggestion(child, renderInline(child.children, ctx), ctx.showSuggestions);
      }
    })
    .join("");
}

/** Whether inline content shows any words: blocks without them are not exported. */
export function hasWords(children: InlineNodeJSON[]): boolean {
  return children.some((child) =>
    child.type === "text" ? child.text.trim() !== "" : child.type !== "linebreak" && hasWords(child.children),
  );
}
