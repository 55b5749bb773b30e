// Comment marks in a body (Lexical's MarkNode, one or more thread ids on the words a comment is
// about): which threads are still anchored, to which words, in story order; and the body with
// every mark taken out and its words kept, which is what any export starts from: comments are
// the desk's working talk and never leave the machine.
import type { AnyNodeJSON, ArticleBody, InlineNodeJSON } from "./nodes.ts";

/** A thread's anchor: its id and the words its marks hold now (joined when split in parts). */
export interface CommentAnchor {
  id: string;
  text: string;
}

function textOf(node: AnyNodeJSON): string {
  if (node.type === "text") return node.text;
  if (node.type === "linebreak") return "\n";
  return "children" in node ? (node.children as AnyNodeJSON[]).map(textOf).join("") : "";
}

/** Every thread id a mark in the body carries, in the order their words first come. */
export function commentAnchors(body: ArticleBody): CommentAnchor[] {
  const found = new Map<string, CommentAnchor>();
  const visit = (node: AnyNodeJSON): void => {
    if (node.type === "mark") {
      const words = textOf(node);
      for (const id of node.ids) {
        const anchor = found.get(id);
        if (anchor) anchor.text += ` ${words}`;
        else found.set(id, { id, text: words });
      }
    }
    if ("children" in node) for (const child of node.children as AnyNodeJSON[]) visit(child);
  };
  visit(body.root);
  return [...found.values()];
}

function hasMarks(node: AnyNodeJSON): boolean {
  return node.type === "mark" || ("children" in node && (node.children as AnyNodeJSON[]).some(hasMarks));
}

/** The body with every comment mark unwrapped: the words stay where they were, nothing else. */
export function withoutCommentMarks(body: ArticleBody): ArticleBody {
  if (!hasMarks(body.root)) return body;
  const unwrap = (children: AnyNodeJSON[]): AnyNodeJSON[] =>
    children.flatMap((child) => {
      if (child.type === "mark") return unwrap(child.children);
      if (!("children" in child)) return [child];
      return [
        { ...child, children: unwrap(child.children as AnyNodeJSON[]) as InlineNodeJSON[] } as AnyNodeJSON,
      ];
    });
  return { root: { ...body.root, children: unwrap(body.root.children) as ArticleBody["root"]["children"] } };
}
