// Quote detection in the open story: suggestions after every paste (said in a toast when it
// brings new ones), and on open for a story nobody has tagged yet (an import). Loads the
// story's sources first, for the speakers to match. Renders nothing.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { COMMAND_PRIORITY_NORMAL, type LexicalEditor, PASTE_COMMAND } from "lexical";
import { useEffect } from "react";
import { detectSuggestions } from "../../../sources/detection.ts";
import { $editorText, $hasQuotations } from "../../../sources/editorQuotes.ts";
import { type SourcesModel, sourcesModelFor } from "../../../sources/sourcesModel.ts";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { foundNotice } from "./foundNotice.ts";

/**
 * Detection after each paste has landed in the editor state. Above the paste handlers that
 * take the paste (plain text as paragraphs, at LOW), and never taking it itself, so it sees
 * every paste the cleaning lets through.
 */
function registerDetectionAfterPaste(
  editor: LexicalEditor,
  model: SourcesModel,
  notify: (message: string) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const detectSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const before = model.getState().suggestions.length;
      detectSuggestions(editor, model)
        .then((n) => {
          const notice = foundNotice(before, n);
          if (notice) notify(notice);
        })
        .catch((e: Error) => notify(e.message));
    }, 0);
  };
  const unregister = editor.registerCommand(
    PASTE_COMMAND,
    () => {
      detectSoon();
      return false;
    },
    COMMAND_PRIORITY_NORMAL,
  );
  return () => {
    clearTimeout(timer);
    unregister();
  };
}

export function QuoteDetectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const workspace = useWorkspace();
  const { notify } = workspace;
  const model = sourcesModelFor(workspace.article.id);

  useEffect(() => registerDetectionAfterPaste(editor, model, notify), [editor, model, notify]);

  // On open: load the sources, and suggest quotes for a story nobody has tagged yet (an import).
  useEffect(() => {
    model.refresh().catch((e: Error) => notify(e.message));
    const untagged = editor.getEditorState().read(() => !$hasQuotations() && $editorText().trim() !== "");
    if (untagged && !model.getState().detected)
      detectSuggestions(editor, model).catch((e: Error) => notify(e.message));
  }, [editor, model, notify]);
  return null;
}
