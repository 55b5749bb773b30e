// Undo and redo can take tags off the story or put them back (undoing "Accept all", say).
// The Sources panel follows the document: the untagged quotations are suggested again, and
// re-tagged ones leave the list. (The panel's quotes follow the save, see SourcesTab.)
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { HISTORIC_TAG } from "lexical";
import { useEffect } from "react";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { detectSuggestions } from "../../../sources/detection.ts";
import { sourcesModelFor } from "../../../sources/sourcesModel.ts";
import { sameQuotations } from "./quotationIds.ts";

export function SuggestionsFollowHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  const { article, notify } = useWorkspace();
  useEffect(() => {
    const model = sourcesModelFor(article.id);
    return editor.registerUpdateListener(({ tags, editorState, prevEditorState }) => {
      if (!tags.has(HISTORIC_TAG) || sameQuotations(prevEditorState, editorState)) return;
      detectSuggestions(editor, model).catch((e: Error) => notify(e.message));
    });
  }, [editor, article.id, notify]);
  return null;
}
