// The formatting toolbar: block type, inline styles, link, lists, block quote, undo/redo.
// Mirrors the keyboard shortcuts (shown in each button's title).
import { $isLinkNode } from "@lexical/link";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_MODIFIER_COMMAND,
  type LexicalEditor,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
} from "lexical";
import { useCallback, useEffect, useState } from "react";
import { MOD } from "../../../workspace/platform.ts";
import { InsertPictureButton } from "../figures/FiguresPlugin.tsx";
import { $blockTypeOf, BLOCK_LABELS, type BlockType, setBlockType } from "./blockType.ts";
import { LinkForm, useLinkEditing } from "./LinkForm.tsx";

interface Formats {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  link: boolean;
}

/** What the selection is (block type, bold, italic, in a link) and whether undo/redo can run. */
function useSelectionFormats(editor: LexicalEditor) {
  const [formats, setFormats] = useState<Formats>({
    blockType: "paragraph",
    bold: false,
    italic: false,
    link: false,
  });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const readSelection = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const node = selection.anchor.getNode();
    const now: Formats = {
      bold: selection.hasFormat("bold"),
      italic: selection.hasFormat("italic"),
      link: $isLinkNode(node) || $isLinkNode(node.getParent()),
      blockType: $blockTypeOf(node),
    };
    // Unchanged (most keystrokes): keep the same object, so the toolbar does not re-render.
    setFormats((was) =>
      was.bold === now.bold &&
      was.italic === now.italic &&
      was.link === now.link &&
      was.blockType === now.blockType
        ? was
        : now,
    );
  }, []);

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
      ),
    [editor, readSelection],
  );
  return { ...formats, canUndo, canRedo };
}

/** Ctrl/Cmd+K: link the selection, or unlink the link the caret is in. */
function useLinkShortcut(editor: LexicalEditor, toggleLink: () => void) {
  useEffect(
    () =>
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
    [editor, toggleLink],
  );
}

function ToolButton(props: {
  label: string;
  title?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      title={props.title ?? props.label}
      aria-label={props.label}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export function ToolbarPlugin({ extra }: { extra?: React.ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const { blockType, bold, italic, link, canUndo, canRedo } = useSelectionFormats(editor);
  const linking = useLinkEditing(editor, link);
  useLinkShortcut(editor, linking.toggleLink);
  const setBlock = (type: BlockType) => setBlockType(editor, type);

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <ToolButton
        label="Undo"
        title={`Undo (${MOD}+Z)`}
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </ToolButton>
      <ToolButton
        label="Redo"
        title={`Redo (${MOD}+Shift+Z)`}
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </ToolButton>
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
      <ToolButton
        label="Bold"
        title={`Bold (${MOD}+B)`}
        pressed={bold}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, "bold")}
      >
        <b>B</b>
      </ToolButton>
      <ToolButton
        label="Italic"
        title={`Italic (${MOD}+I)`}
        pressed={italic}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, "italic")}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton label="Link" title={`Link (${MOD}+K)`} pressed={link} onClick={linking.toggleLink}>
        Link
      </ToolButton>
      <ToolButton label="Bulleted list" pressed={blockType === "bullet"} onClick={() => setBlock("bullet")}>
        •≡
      </ToolButton>
      <ToolButton label="Numbered list" pressed={blockType === "number"} onClick={() => setBlock("number")}>
        1≡
      </ToolButton>
      <ToolButton
        label="Block quote"
        pressed={blockType === "quote"}
        onClick={() => setBlock(blockType === "quote" ? "paragraph" : "quote")}
      >
        ❝
      </ToolButton>
      <InsertPictureButton />
      {extra}
      <LinkForm link={linking} />
    </div>
  );
}
