// The formatting toolbar: block type, inline styles, link, lists, block quote, undo/redo.
// Mirrors the keyboard shortcuts (shown in each button's title).
import { $createLinkNode, $isLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from "@lexical/link";
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  $isListNode,
  ListNode,
} from "@lexical/list";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from "@lexical/rich-text";
import { $setBlocksType } from "@lexical/selection";
import { $getNearestNodeOfType, mergeRegister } from "@lexical/utils";
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $setSelection,
  type BaseSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_MODIFIER_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
} from "lexical";
import { useCallback, useEffect, useRef, useState } from "react";
import { MOD } from "../../../workspace/platform.ts";
import { safeLinkUrl } from "../../../../shared/document/links.ts";
import { currentSelection } from "../../currentSelection.ts";
import { InsertPictureButton } from "../figures/FiguresPlugin.tsx";

type BlockType = "paragraph" | "h2" | "h3" | "quote" | "bullet" | "number";

const BLOCK_LABELS: Record<BlockType, string> = {
  paragraph: "Paragraph",
  h2: "Subheading",
  h3: "Minor heading",
  quote: "Block quote",
  bullet: "Bulleted list",
  number: "Numbered list",
};

export function ToolbarPlugin({ extra }: { extra?: React.ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [blockType, setBlockType] = useState<BlockType>("paragraph");
  const [bold, setBold] = useState(false);
  const [italic, setItalic] = useState(false);
  const [link, setLink] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const readSelection = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setBold(selection.hasFormat("bold"));
    setItalic(selection.hasFormat("italic"));
    const node = selection.anchor.getNode();
    setLink($isLinkNode(node) || $isLinkNode(node.getParent()));
    const top = node.getKey() === "root" ? node : node.getTopLevelElementOrThrow();
    if ($isListNode(top)) {
      const list = $getNearestNodeOfType(node, ListNode);
      setBlockType((list ?? top).getListType() === "number" ? "number" : "bullet");
    } else if ($isHeadingNode(top)) setBlockType(top.getTag() === "h3" ? "h3" : "h2");
    else if ($isQuoteNode(top)) setBlockType("quote");
    else setBlockType("paragraph");
  }, []);

  // The link address is asked for in the toolbar (Electron has no window.prompt); the
  // selection is kept aside while the field has focus and put back to apply the link.
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState("");
  const savedSelection = useRef<BaseSelection | null>(null);

  const toggleLink = useCallback(() => {
    if (link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    savedSelection.current = currentSelection(editor);
    setLinkError("");
    setLinkDraft("https://");
  }, [editor, link]);

  const applyLink = (typed: string) => {
    const url = safeLinkUrl(typed);
    if (!url) {
      setLinkError("Only web (http, https) and email (mailto) links can go in a story.");
      return;
    }
    setLinkDraft(null);
    editor.update(() => {
      if (savedSelection.current) $setSelection(savedSelection.current.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed()) {
        // Nothing selected: the address itself becomes the linked words.
        selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
      } else {
        $toggleLink(url, { rel: "noopener" });
      }
    });
    editor.focus();
  };

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(readSelection)),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            readSelection();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(
          KEY_MODIFIER_COMMAND,
          (event) => {
            if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "k") {
              event.preventDefault();
              toggleLink();
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, readSelection, toggleLink],
  );

  const setBlock = (type: BlockType) => {
    if (type === "bullet") return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    if (type === "number") return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
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
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <button
        type="button"
        title={`Undo (${MOD}+Z)`}
        aria-label="Undo"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </button>
      <button
        type="button"
        title={`Redo (${MOD}+Shift+Z)`}
        aria-label="Redo"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </button>
      <span className="toolbar-sep" />
      <select
        aria-label="Block type"
        value={blockType}
        onChange={(e) => setBlock(e.target.value as BlockType)}
      >
        {(Object.keys(BLOCK_LABELS) as BlockType[]).map((t) => (
          <option key={t} value={t}>
            {BLOCK_LABELS[t]}
          </option>
        ))}
      </select>
      <button
        type="button"
        title={`Bold (${MOD}+B)`}
        aria-label="Bold"
        aria-pressed={bold}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, "bold")}
      >
        <b>B</b>
      </button>
      <button
        type="button"
        title={`Italic (${MOD}+I)`}
        aria-label="Italic"
        aria-pressed={italic}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, "italic")}
      >
        <i>I</i>
      </button>
      <button
        type="button"
        title={`Link (${MOD}+K)`}
        aria-label="Link"
        aria-pressed={link}
        onClick={toggleLink}
      >
        Link
      </button>
      <button
        type="button"
        title="Bulleted list"
        aria-label="Bulleted list"
        aria-pressed={blockType === "bullet"}
        onClick={() => setBlock("bullet")}
      >
        •≡
      </button>
      <button
        type="button"
        title="Numbered list"
        aria-label="Numbered list"
        aria-pressed={blockType === "number"}
        onClick={() => setBlock("number")}
      >
        1≡
      </button>
      <button
        type="button"
        title="Block quote"
        aria-label="Block quote"
        aria-pressed={blockType === "quote"}
        onClick={() => setBlock(blockType === "quote" ? "paragraph" : "quote")}
      >
        ❝
      </button>
      <InsertPictureButton />
      {extra}
      {linkDraft !== null && (
        <form
          className="link-form"
          onSubmit={(e) => {
            e.preventDefault();
            applyLink(linkDraft);
          }}
        >
          <label>
            Link address{" "}
            <input
              autoFocus
              aria-label="Link address"
              value={linkDraft}
              onChange={(e) => setLinkDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") {
                  setLinkDraft(null);
                  editor.focus();
                }
              }}
            />
          </label>
          <button type="submit">Apply</button>
          <button type="button" onClick={() => (setLinkDraft(null), editor.focus())}>
            Cancel
          </button>
          {linkError && (
            <span role="alert" className="error-text">
              {linkError}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
