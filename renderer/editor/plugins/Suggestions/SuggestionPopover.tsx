// Accept or reject in place: when the caret or selection is in a suggestion, a small bar under it
// says who suggested what and when, with Accept and Reject.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getSelection, $isRangeSelection } from "lexical";
import { useCallback, useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { $suggestionOf, describeSuggestion, type SuggestionMeta } from "../../nodes/SuggestionNode.ts";
import { $partLabel } from "./labels.ts";
import { $decideSuggestions, type Decision } from "./decide.ts";

interface Shown {
  meta: SuggestionMeta;
  label: string;
  top: number;
  left: number;
}

export function SuggestionPopover() {
  const [editor] = useLexicalComposerContext();
  const [shown, setShown] = useState<Shown | null>(null);

  const place = useCallback(() => {
    const found = editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const part = $suggestionOf(selection.focus.getNode());
      return part ? { key: part.getKey(), meta: part.getMeta(), label: $partLabel(part) } : null;
    });
    const element = found ? editor.getElementByKey(found.key) : null;
    if (!found || !element || !editor.isEditable()) return setShown(null);
    const rect = element.getBoundingClientRect();
    setShown({ meta: found.meta, label: found.label, top: rect.bottom + 4, left: rect.left });
  }, [editor]);

  useEffect(() => {
    const unregister = editor.registerUpdateListener(place);
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      unregister();
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [editor, place]);

  if (!shown) return null;
  const decide = (decision: Decision) => {
    editor.update(() => void $decideSuggestions(decision, { id: shown.meta.suggestionId }));
    editor.focus();
  };
  return createPortal(
    <div
      className="suggestion-popover"
      role="dialog"
      aria-label="Suggested edit"
      style={{ top: shown.top, left: shown.left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <span className="suggestion-who">
        <span className="suggestion-initials">{shown.meta.initials}</span>
        {shown.label} by {describeSuggestion(shown.meta)}
      </span>
      <button type="button" onClick={() => decide("accept")}>
        Accept
      </button>
      <button type="button" onClick={() => decide("reject")}>
        Reject
      </button>
    </div>,
    document.body,
  );
}
