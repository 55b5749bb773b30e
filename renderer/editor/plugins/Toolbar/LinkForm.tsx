// Links from the toolbar: the address is asked for in the toolbar itself (Electron has no
// window.prompt); the selection is kept aside while the field has focus and put back to
// apply the link.
import { $createLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from "@lexical/link";
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type LexicalEditor,
} from "lexical";
import { useCallback, useRef, useState } from "react";
import { safeLinkUrl } from "../../../../shared/document/links.ts";
import { currentSelection } from "../../currentSelection.ts";

/** The link being typed (null while none is), and what the toolbar does with it. */
export function useLinkEditing(editor: LexicalEditor, inLink: boolean) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState("");
  const savedSelection = useRef<BaseSelection | null>(null);

  const toggleLink = useCallback(() => {
    if (inLink) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    savedSelection.current = currentSelection(editor);
    setError("");
    setDraft("https://");
  }, [editor, inLink]);

  const apply = (typed: string) => {
    const url = safeLinkUrl(typed);
    if (!url) {
      setError("Only web (http, https) and email (mailto) links can go in a story.");
      return;
    }
    setDraft(null);
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

  const cancel = () => {
    setDraft(null);
    editor.focus();
  };
  return { draft, setDraft, error, toggleLink, apply, cancel };
}

export function LinkForm({ link }: { link: ReturnType<typeof useLinkEditing> }) {
  const { draft, setDraft, error, apply, cancel } = link;
  if (draft === null) return null;
  return (
    <form
      className="link-form"
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      <label>
        Link address{" "}
        <input
          autoFocus
          aria-label="Link address"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") cancel();
          }}
        />
      </label>
      <button type="submit">Apply</button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
      {error && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
    </form>
  );
}
