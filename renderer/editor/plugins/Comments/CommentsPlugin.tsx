// Margin comments in the editor (issue 18). ADD_COMMENT_COMMAND (the toolbar's Comment button,
// Ctrl/Cmd+Alt+M) takes the selected words to the Comments tab, where the comment is written;
// marks show open threads highlighted and resolved ones plain; clicking marked words brings
// their thread forward. The plugin draws nothing itself.
import { MarkNode } from "@lexical/mark";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import {
  $getNearestNodeFromDOMNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  createCommand,
  KEY_MODIFIER_COMMAND,
  type LexicalEditor,
} from "lexical";
import { useEffect, useRef } from "react";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { MOD } from "../../../workspace/platform.ts";
import { currentSelection } from "../../currentSelection.ts";
import { $anchoredThreads, $markKeys, $threadsAt } from "./commentMarks.ts";
import { followMarks, restoreThreads } from "./commentActions.ts";
import { type CommentsModel, commentsModelFor, useCommentsState } from "./commentsModel.ts";
import "./comments.css";

/** Start a comment on the selected words. */
export const ADD_COMMENT_COMMAND = createCommand<void>("ADD_COMMENT_COMMAND");

export const COMMENT_SHORTCUT = `${MOD}+Alt+M`;

/** Open threads highlighted, resolved ones plain, the one in focus outlined; title: the first comment. */
function decorateMarks(editor: LexicalEditor, model: CommentsModel): void {
  const { threads, active } = model.getState();
  const byId = new Map(threads.map((t) => [t.id, t]));
  editor.read(() => {
    for (const [key, ids] of $markKeys()) {
      const element = editor.getElementByKey(key);
      if (!element) continue;
      const known = ids.map((id) => byId.get(id)).filter((t) => t !== undefined);
      element.dataset.comment = known.some((t) => !t.resolved) || known.length === 0 ? "open" : "resolved";
      if (active && ids.includes(active)) element.dataset.active = "true";
      else delete element.dataset.active;
      const first = known[0]?.comments[0];
      element.title = first ? `Comment (${first.initials}): ${first.text}` : "Comment";
    }
  });
}

function useCommentCommands(editor: LexicalEditor, model: CommentsModel) {
  const { notify, showTab } = useWorkspace();
  useEffect(() => {
    const begin = () => {
      const selection = currentSelection(editor);
      const quote = editor.read(() => ($isRangeSelection(selection) ? selection.getTextContent() : ""));
      if (!selection || quote.trim() === "") {
        notify("Select the words to comment on first.");
        return;
      }
      model.set({ draft: { selection, quote: quote.trim() } });
      showTab("comments");
    };
    return mergeRegister(
      editor.registerCommand(
        ADD_COMMENT_COMMAND,
        () => {
          begin();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          if (!((event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyM")) return false;
          event.preventDefault();
          begin();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, model, notify, showTab]);
}

export function CommentsPlugin() {
  const [editor] = useLexicalComposerContext();
  const workspace = useWorkspace();
  const model = commentsModelFor(workspace.article.id);
  const state = useCommentsState(model);
  useCommentCommands(editor, model);
  const showTab = useRef(workspace.showTab);
  showTab.current = workspace.showTab;
  const notify = useRef(workspace.notify);
  notify.current = workspace.notify;

  useEffect(() => void model.refresh(), [model]);
  useEffect(() => {
    // This editor's marks from the start (the model may outlive an earlier editor of the story).
    model.set({ anchored: editor.read($anchoredThreads) });
    // A mark made, split or gone: which threads are anchored now, and their look; a deleted
    // thread an undo brought back, whose words are now deleted, stands again (detached).
    const offMarks = editor.registerMutationListener(MarkNode, (_, { updateTags }) => {
      const undeleted = followMarks(editor, model, updateTags);
      decorateMarks(editor, model);
      if (undeleted.length > 0)
        restoreThreads(model, undeleted).catch((e: Error) => notify.current(e.message));
    });
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest("mark") : null;
      if (!target) return;
      const ids = editor.read(() => $threadsAt($getNearestNodeFromDOMNode(target)));
      if (ids.length === 0) return;
      model.set({ active: ids[0] });
      showTab.current("comments");
    };
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener("click", onClick);
      root?.addEventListener("click", onClick);
    });
    return () => {
      offMarks();
      offRoot();
      editor.getRootElement()?.removeEventListener("click", onClick);
    };
  }, [editor, model]);

  useEffect(() => decorateMarks(editor, model), [editor, model, state.threads, state.active]);
  return null;
}

export function CommentButton() {
  const [editor] = useLexicalComposerContext();
  return (
    <button
      type="button"
      title={`Comment on the selected words (${COMMENT_SHORTCUT})`}
      onMouseDown={(e) => e.preventDefault()} // keep the selection in the story
      onClick={() => editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined)}
    >
      Comment
    </button>
  );
}
