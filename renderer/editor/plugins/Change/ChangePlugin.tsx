// Tells the article session that the body changed, without serializing it: the
// session asks for the JSON when it saves, so typing never pays for serialization.
// Every change counts: typing, undo and redo, and updates made by code (accept-all,
// untagging a quote); selection moves and no-op re-marks do not (see contentChanged).
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { useEffect } from "react";
import { registerContentListener } from "./contentChanged.ts";

export function ChangePlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerContentListener(editor, onChange), [editor, onChange]);
  return null;
}
