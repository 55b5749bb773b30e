// Tells the article session that the body changed, without serializing it: the
// session asks for the JSON when it saves, so typing never pays for serialization.
//
// Only real edits count. Lexical also re-marks nodes dirty when a plugin registers a
// node transform (on mount, for instance) and for selection moves; those leave every
// node as it was and must not start an autosave.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import type { EditorState, LexicalNode } from "lexical";
import { useEffect } from "react";

type Snapshot = string | null;

function snapshotOf(state: EditorState, key: string): Snapshot {
  const node = state._nodeMap.get(key) as (LexicalNode & Record<string, unknown>) | undefined;
  if (!node) return null;
  return state.read(() => {
    const { children: _children, ...own } = node.exportJSON() as { children?: unknown };
    // Position in the tree, so moves and reorders count as edits too.
    return JSON.stringify([
      own,
      node.__parent,
      node.__prev,
      node.__next,
      node.__first,
      node.__last,
      node.__size,
    ]);
  });
}

function contentChanged(prev: EditorState, next: EditorState, keys: Iterable<string>): boolean {
  for (const key of keys) {
    if (prev._nodeMap.get(key) === next._nodeMap.get(key)) continue;
    if (snapshotOf(prev, key) !== snapshotOf(next, key)) return true;
  }
  return false;
}

export function ChangePlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
        if (prevEditorState.isEmpty()) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
        if (contentChanged(prevEditorState, editorState, [...dirtyLeaves, ...dirtyElements.keys()]))
          onChange();
      }),
    [editor, onChange],
  );
  return null;
}
