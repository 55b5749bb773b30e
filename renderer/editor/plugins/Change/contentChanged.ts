// Did an editor update change the story, or only the selection or Lexical's bookkeeping?
//
// The dirty-node sets of an update are not enough to tell. An undo, a redo or any other
// setEditorState swaps in a whole earlier state and reports only the root as dirty, so an
// undone word inside a paragraph looks like no change at all. Lexical shares every node
// object an update did not write, so comparing the two node maps by identity costs a
// pointer check per node and leaves only the written nodes to compare by content.
//
// Nodes written but left as they were (a plugin registering a node transform re-marks
// every node of its type) compare equal by content, so they do not count as edits.
import type { EditorState, LexicalEditor, LexicalNode } from "lexical";

type Snapshot = string | null;

function snapshotOf(state: EditorState, node: LexicalNode): Snapshot {
  const own = node as LexicalNode & Record<string, unknown>;
  return state.read(() => {
    const { children: _children, ...json } = node.exportJSON() as { children?: unknown };
    // Position in the tree, so moves and reorders count as edits too.
    return JSON.stringify([json, own.__parent, own.__prev, own.__next, own.__first, own.__last, own.__size]);
  });
}

export function contentChanged(prev: EditorState, next: EditorState): boolean {
  if (prev === next) return false;
  const before = prev._nodeMap;
  const after = next._nodeMap;
  if (before.size !== after.size) return true;
  for (const [key, node] of after) {
    const earlier = before.get(key);
    if (earlier === node) continue;
    if (!earlier) return true;
    if (snapshotOf(prev, earlier) !== snapshotOf(next, node)) return true;
  }
  return false;
}

/** Call onChange after every update that changed the story (not the first load). */
export function registerContentListener(editor: LexicalEditor, onChange: () => void): () => void {
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
    if (prevEditorState.isEmpty()) return;
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
    if (contentChanged(prevEditorState, editorState)) onChange();
  });
}
