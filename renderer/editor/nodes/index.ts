// Every node the Copydesk editor knows: Lexical's rich-text nodes and our newsroom ones.
import { LinkNode } from "@lexical/link";
import { ListItemNode, ListNode } from "@lexical/list";
import { MarkNode } from "@lexical/mark";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import type { Klass, LexicalNode } from "lexical";
import { FigureNode } from "./FigureNode.tsx";
import { PullQuoteNode } from "./PullQuoteNode.ts";
import { QuotationNode } from "./QuotationNode.ts";
import { DeletionNode, FormatChangeNode, InsertionNode } from "./SuggestionNode.ts";

export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  QuotationNode,
  PullQuoteNode,
  FigureNode,
  // Comment anchors (plugins/Comments): the thread ids on the words a comment is about.
  MarkNode,
  // Suggested edits (plugins/Suggestions): insertions and deletions with who and when.
  InsertionNode,
  DeletionNode,
  FormatChangeNode,
];
