// The block the caret is in, as the toolbar's "Block type" names it, and turning the
// selected blocks into another type.
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  $isListNode,
  ListNode,
} from "@lexical/list";
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from "@lexical/rich-text";
import { $setBlocksType } from "@lexical/selection";
import { $getNearestNodeOfType } from "@lexical/utils";
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
} from "lexical";

export type BlockType = "paragraph" | "h2" | "h3" | "quote" | "bullet" | "number";

export const BLOCK_LABELS: Record<BlockType, string> = {
  paragraph: "Paragraph",
  h2: "Subheading",
  h3: "Minor heading",
  quote: "Block quote",
  bullet: "Bulleted list",
  number: "Numbered list",
};

/** The type of the block `node` sits in (the innermost list, for a nested one). */
export function $blockTypeOf(node: LexicalNode): BlockType {
  const top = node.getKey() === "root" ? node : node.getTopLevelElementOrThrow();
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(node, ListNode);
    return (list ?? top).getListType() === "number" ? "number" : "bullet";
  }
  if ($isHeadingNode(top)) return top.getTag() === "h3" ? "h3" : "h2";
  if ($isQuoteNode(top)) return "quote";
  return "paragraph";
}

/** Makes the selected blocks `type` (lists through the list plugin's commands). */
export function setBlockType(editor: LexicalEditor, type: BlockType): void {
  if (type === "bullet") {
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (type === "number") {
    editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    $setBlocksType(selection, () =>
      type === "h2" || type === "h3"
        ? $createHeadingNode(type)
        : type === "quote"
          ? $createQuoteNode()
          : $createParagraphNode(),
    );
  });
}
