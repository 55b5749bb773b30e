// Tidy a body before it is stored: Lexical's tab nodes (from a paste of spreadsheet or
// word-processor text) become plain spaces, so every reader of the body (plain text,
// review offsets, export) sees ordinary text.
import type { AnyNodeJSON, ArticleBody } from "./nodes.ts";

type Loose = AnyNodeJSON | { type: "tab"; text?: string; version: number };

function normalizeNode(node: Loose): AnyNodeJSON {
  if (node.type === "tab")
    return { type: "text", version: 1, text: " ", format: 0, detail: 0, mode: "normal", style: "" };
  if (!("children" in node)) return node;
  return { ...node, children: (node.children as Loose[]).map(normalizeNode) } as AnyNodeJSON;
}

function hasTabs(node: Loose): boolean {
  return node.type === "tab" || ("children" in node && (node.children as Loose[]).some(hasTabs));
}

export function normalizeBody(body: ArticleBody): ArticleBody {
  // Most bodies have no tabs: return them untouched rather than copying the tree.
  return hasTabs(body.root) ? { root: normalizeNode(body.root) as ArticleBody["root"] } : body;
}
