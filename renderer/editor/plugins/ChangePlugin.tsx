// Tells the article session that the body changed, without serializing it: the
// session asks for the JSON when it saves, so typing never pays for serialization.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { useEffect } from "react";

export function ChangePlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (tags.has("historic-load") || prevEditorState.isEmpty()) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}
