// The article body as HTML: one renderer per block type, one block per line.
import type { ArticleBody, BlockNodeJSON } from "../../document/nodes.ts";
import { renderBlockQuote } from "./blockQuote.ts";
import type { RenderContext } from "./context.ts";
import { renderFigure } from "./figure.ts";
import { renderHeading } from "./heading.ts";
import { renderList } from "./list.ts";
import { renderParagraph } from "./paragraph.ts";
import { renderPullQuote } from "./pullQuote.ts";

function renderBlock(block: BlockNodeJSON, ctx: RenderContext): string {
  switch (block.type) {
    case "paragraph":
      return renderParagraph(block, ctx);
    case "heading":
      return renderHeading(block, ctx);
    case "quote":
      return renderBlockQuote(block, ctx);
    case "pullquote":
      return renderPullQuote(block, ctx);
    case "list":
      return renderList(block, ctx);
    case "figure":
      return renderFigure(block);
  }
}

export function renderBody(body: ArticleBody, ctx: RenderContext): string {
  ctx.pullQuotes = { total: body.root.children.filter((b) => b.type === "pullquote").length, seen: 0 };
  return body.root.children
    .map((block) => renderBlock(block, ctx))
    .filter((html) => html !== "")
    .join("\n");
}
