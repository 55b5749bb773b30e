// Reports the body's word count, off the typing path: counted once the editor has
// been still for a moment rather than on every keystroke.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getRoot } from "lexical";
import { useEffect } from "react";
import { countWords } from "../../../shared/document/text.ts";

export function WordCountPlugin({
  onCount,
  delayMs = 250,
}: {
  onCount: (words: number) => void;
  delayMs?: number;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => onCount(countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));
    count();
    const unregister = editor.registerTextContentListener(() => {
      clearTimeout(timer);
      timer = setTimeout(count, delayMs);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onCount, delayMs]);
  return null;
}
