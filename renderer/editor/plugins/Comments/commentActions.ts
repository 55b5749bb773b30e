// What the Comments tab does to the story and the library: start a thread on the words
// waiting in the draft (mark first, one undo step; the library keeps the thread), select
// a thread's words, delete a thread (undo brings it back) and follow the marks as the story
// changes. The library answers each change with the thread as it now stands.
import { $setSelection, HISTORY_PUSH_TAG, type LexicalEditor } from "lexical";
import { client } from "../../../client/index.ts";
import { $anchoredThreads, $markSelection, $removeThreadMarks, $selectThreadWords } from "./commentMarks.ts";
import { COMMENT_DELETE_TAG, type CommentsModel, threadsToUndelete } from "./commentsModel.ts";

/** Mark the draft's words and keep its first comment; false (with nothing left behind) on failure. */
export async function startComment(
  editor: LexicalEditor,
  model: CommentsModel,
  text: string,
): Promise<string> {
  const { draft, articleId } = model.getState();
  if (!draft) return "";
  const id = crypto.randomUUID();
  let marked = false;
  editor.update(
    () => {
      const selection = draft.selection.clone();
      $setSelection(selection);
      marked = $markSelection(selection, id);
    },
    { discrete: true, tag: "history-push" },
  );
  if (!marked) throw new Error("Those words have changed: select them again.");
  try {
    const thread = await client["comments.start"]({
      articleId,
      threadId: id,
      quote: draft.quote.slice(0, 2000),
      text,
    });
    model.keep(thread);
    model.set({ draft: null, active: id });
    return id;
  } catch (error) {
    editor.update(() => $removeThreadMarks(id), { discrete: true });
    throw error;
  }
}

/** Put the selection on a thread's words and bring them into view; false when they are gone. */
export function selectThreadWords(editor: LexicalEditor, id: string): boolean {
  const root = editor.getRootElement();
  if (!root) return false;
  // Lexical mirrors its selection into the page's only while the editor holds focus.
  root.focus({ preventScroll: true });
  let found = false;
  editor.update(() => void (found = $selectThreadWords(id)), { discrete: true });
  if (found) window.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: "center" });
  return found;
}

/**
 * Delete a thread in the library, then take its marks off the words (the words stay), one undo
 * step. The library only marks the thread deleted: undo puts the marks back, and with them the
 * thread, replies and all, listed again (commentsModel's threadsInView); redo hides it again.
 */
export async function deleteThread(editor: LexicalEditor | null, model: CommentsModel, threadId: string) {
  await client["comments.delete"]({ threadId });
  model.markDeleted(threadId);
  editor?.update(() => $removeThreadMarks(threadId), {
    discrete: true,
    tag: [HISTORY_PUSH_TAG, COMMENT_DELETE_TAG],
  });
  // The keys go back to the story, so Ctrl+Z there is the undo the confirmation speaks of.
  editor?.focus();
}

/**
 * After the story's marks changed (an update with `tags`): which threads are anchored now, and
 * the deleted threads to stand up again (threadsToUndelete), returned for restoreThreads.
 */
export function followMarks(
  editor: LexicalEditor,
  model: CommentsModel,
  tags: ReadonlySet<string>,
): string[] {
  const { anchored: before, threads } = model.getState();
  const anchored = editor.read($anchoredThreads);
  model.set({ anchored });
  return threadsToUndelete(before, anchored, threads, tags);
}

/** Stand deleted threads up again in the library (shown at once, the library's answer after). */
export async function restoreThreads(model: CommentsModel, threadIds: readonly string[]): Promise<void> {
  for (const threadId of threadIds) {
    const deletedAt = model.getState().threads.find((t) => t.id === threadId)?.deletedAt;
    model.undelete(threadId);
    try {
      model.keep(await client["comments.restore"]({ threadId }));
    } catch (error) {
      if (deletedAt) model.markDeleted(threadId, deletedAt); // as the library still has it
      throw error;
    }
  }
}

type ThreadChange = "comments.reply" | "comments.resolve" | "comments.reopen";

/** Reply, resolve or reopen; the list shows the thread as the library now has it. */
export async function changeThread(
  model: CommentsModel,
  call: ThreadChange,
  threadId: string,
  text?: string,
): Promise<void> {
  const thread =
    call === "comments.reply"
      ? await client["comments.reply"]({ threadId, text: text ?? "" })
      : await client[call]({ threadId });
  model.keep(thread);
}
