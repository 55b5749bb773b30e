// Reports the body's word count, off the typing path: counted once the editor has
// been still for a moment rather than on every keystroke.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $storyText } from "../../textRange.ts";
import { useEffect } from "react";
import { countWords } from "../../../../shared/document/text.ts";

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
    const count = () => onCount(countWords(editor.getEditorState().read(() => $storyText())));
    count();
    // Not registerTextContentListener: with one registered, Lexical rebuilds the whole text
    // of the story on every update, which is the typing path this plugin means to stay off.
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
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
