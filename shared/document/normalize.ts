// Tidy a body before it is stored: Lexical's tab nodes (from a paste of spreadsheet or
// word-processor text) become plain spaces, so every reader of the body (plain text,
// review offsets, export) sees ordinary text.
import type { AnyNodeJSON, ArticleBody } from "./nodes.ts";
import { mapNodes } from "./transform.ts";

type Loose = AnyNodeJSON | { type: "tab"; text?: string; version: number };

const isTab = (node: Loose) => node.type === "tab";

function hasTabs(node: Loose): boolean {
  return isTab(node) || ("children" in node && (node.children as Loose[]).some(hasTabs));
}

export function normalizeBody(body: ArticleBody): ArticleBody {
  // Most bodies have no tabs: return them untouched rather than copying the tree.
  if (!hasTabs(body.root)) return body;
  return mapNodes(body, (node) =>
    isTab(node)
      ? { type: "text", version: 1, text: " ", format: 0, detail: 0, mode: "normal", style: "" }
      : node,
  );
}
