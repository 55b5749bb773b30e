// "TK" and the desk's other placeholder markers, highlighted in the body as the writer types
// (issue 18). The review lists them and the publish gate refuses them; this only shows them.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { useEffect, useSyncExternalStore } from "react";
import { DEFAULT_PLACEHOLDER_MARKERS } from "../../../../shared/review/index.ts";
import { useReviewStore } from "../../../review/useReview.ts";
import { clearPlaceholders, paintPlaceholders, placeholderRanges } from "./highlight.ts";
import "./placeholders.css";

/** Repaint after the editor pauses this long: a walk of the body's text, not per keystroke. */
const PAUSE_MS = 150;

export function PlaceholderPlugin() {
  const [editor] = useLexicalComposerContext();
  const store = useReviewStore();
  const markers = useSyncExternalStore(store.subscribe, () => store.get().houseStyle?.placeholders);

  useEffect(() => {
    const list = markers ?? DEFAULT_PLACEHOLDER_MARKERS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const paint = () => {
      const root = editor.getRootElement();
      if (root) paintPlaceholders(placeholderRanges(root, list));
    };
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(paint, PAUSE_MS);
    });
    paint();
    return () => {
      clearTimeout(timer);
      stop();
      clearPlaceholders();
    };
  }, [editor, markers]);

  return null;
}
