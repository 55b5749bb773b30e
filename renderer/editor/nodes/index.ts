// Every node the Copydesk editor knows: Lexical's rich-text nodes and our newsroom ones.
import { LinkNode } from "@lexical/link";
import { ListItemNode, ListNode } from "@lexical/list";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import type { Klass, LexicalNode } from "lexical";
import { FigureNode } from "./FigureNode.tsx";
import { PullQuoteNode } from "./PullQuoteNode.ts";
import { QuotationNode } from "./QuotationNode.ts";
import { DeletionNode, InsertionNode } from "./SuggestionNode.ts";

export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  QuotationNode,
  PullQuoteNode,
  FigureNode,
  InsertionNode,
  DeletionNode,
];
