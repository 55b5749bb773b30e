// In the editor toolbar: "Tag quote", and "Untag" while the caret is in a tagged quote.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getSelection } from "lexical";
import { useEffect, useState } from "react";
import { $selectedQuotation } from "../../../sources/editorQuotes.ts";
import { MOD } from "../../../workspace/platform.ts";
import { TAG_QUOTE_COMMAND, UNTAG_QUOTE_COMMAND } from "./commands.ts";

export function QuoteTagButton() {
  const [editor] = useLexicalComposerContext();
  const [inside, setInside] = useState(false);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        setInside(editorState.read(() => $selectedQuotation($getSelection()) !== null)),
      ),
    [editor],
  );
  return (
    <>
      <span className="toolbar-sep" />
      <button
        type="button"
        title={`${inside ? "Retag quote" : "Tag quote"} (${MOD}+Shift+Q)`}
        onClick={() => editor.dispatchCommand(TAG_QUOTE_COMMAND, undefined)}
      >
        Tag quote
      </button>
      {inside && (
        <button
          type="button"
          title="Remove the quote tag, keep the words"
          onClick={() => editor.dispatchCommand(UNTAG_QUOTE_COMMAND, undefined)}
        >
          Untag
        </button>
      )}
    </>
  );
}
