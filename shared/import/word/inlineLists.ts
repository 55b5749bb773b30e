// The two walks the Word reader's markers need over an imported body: every list of inline
// children (a paragraph's, a heading's, a list item's words) handed to a rewrite, and every text
// given its markers' cleanup. A list item that holds a sub-list is not an inline list: its own
// words keep their markers until the cleanup takes them out.
import type { AnyNodeJSON, ArticleBody, InlineNodeJSON } from "../../document/nodes.ts";

const isBlock = (node: AnyNodeJSON) =>
  node.type === "list" || node.type === "listitem" || node.type === "paragraph";

/** The body with each inline list, in story order, replaced by `rewrite`'s answer. */
export function mapInlineLists(
  body: ArticleBody,
  rewrite: (children: InlineNodeJSON[]) => InlineNodeJSON[],
): ArticleBody {
  const visit = (node: AnyNodeJSON): AnyNodeJSON => {
    if (!("children" in node)) return node;
    const kids = node.children as AnyNodeJSON[];
    const inline = node.type !== "root" && !kids.some(isBlock);
    const children = inline ? rewrite(kids as InlineNodeJSON[]) : kids.map(visit);
    return { ...node, children } as AnyNodeJSON;
  };
  return { root: visit(body.root) as ArticleBody["root"] };
}

/** The body with every text node's text passed through `clean`. */
export function mapTexts(body: ArticleBody, clean: (text: string) => string): ArticleBody {
  const visit = (node: AnyNodeJSON): AnyNodeJSON =>
    node.type === "text"
      ? { ...node, text: clean(node.text) }
      : "children" in node
        ? ({ ...node, children: (node.children as AnyNodeJSON[]).map(visit) } as AnyNodeJSON)
        : node;
  return { root: visit(body.root) as ArticleBody["root"] };
}
