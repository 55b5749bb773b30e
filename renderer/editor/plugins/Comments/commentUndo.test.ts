// Deleting a comment thread and taking it back, in a headless editor with history and the
// Comments store, the library answering as it does (marks the thread deleted, keeps it): Delete
// hides the thread and takes its marks off, undo brings marks and thread back, replies and all,
// redo hides it again; and a thread an undo brought back whose words are then deleted stands
// again, detached, as any thread whose words are deleted.
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { registerRichText } from "@lexical/rich-text";
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  createEditor,
  HISTORIC_TAG,
  type LexicalEditor,
  REDO_COMMAND,
  UNDO_COMMAND,
} from "lexical";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ListedThread } from "../../../../shared/comments/thread.ts";
import { EDITOR_NODES } from "../../nodes/index.ts";
import { deleteThread, followMarks, restoreThreads } from "./commentActions.ts";
import { $markSelection, $selectThreadWords } from "./commentMarks.ts";
import { COMMENT_DELETE_TAG, CommentsModel, threadsInView, threadsToUndelete } from "./commentsModel.ts";

const THREAD = "7f1c2a9e-2b4d-4c1a-9d55-0a1b2c3d4e5f";

// The library, as it answers: a deleted thread is kept, marked; restored, it stands again.
const library = vi.hoisted(() => ({ deleted: new Set<string>(), restored: [] as string[] }));
vi.mock("../../../client/index.ts", () => ({
  client: {
    "comments.delete": async ({ threadId }: { threadId: string }) => {
      library.deleted.add(threadId);
      return { deleted: true };
    },
    "comments.restore": async ({ threadId }: { threadId: string }) => {
      library.deleted.delete(threadId);
      library.restored.push(threadId);
      return { ...thread(), deletedAt: null, detached: true };
    },
  },
}));

const thread = (): ListedThread => ({
  id: THREAD,
  articleId: "a1",
  quote: "voted seven",
  createdAt: "2026-05-01T09:00:00.000Z",
  resolved: null,
  deletedAt: null,
  detached: false,
  anchorText: "voted seven",
  comments: [
    { id: "c1", author: "Ana Lee", initials: "AL", text: "Which vote?", at: "2026-05-01T09:00:00.000Z" },
    { id: "c2", author: "Bo Chen", initials: "BC", text: "The second one.", at: "2026-05-01T09:05:00.000Z" },
  ],
});

let editor: LexicalEditor;
let model: CommentsModel;
/** Threads each update asked to stand again, as the plugin's mark listener would. */
let toRestore: string[];

beforeEach(() => {
  library.deleted.clear();
  library.restored = [];
  editor = createEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode("The council voted seven to two.")));
    },
    { discrete: true },
  );
  editor.update(
    () => {
      const selection = $createRangeSelection();
      const words = $getRoot().getAllTextNodes()[0]!;
      selection.anchor.set(words.getKey(), 12, "text");
      selection.focus.set(words.getKey(), 23, "text");
      $setSelection(selection);
      $markSelection(selection, THREAD);
    },
    { discrete: true, tag: "history-push" },
  );
  model = new CommentsModel("a1");
  model.keep(thread());
  toRestore = [];
  // The plugin follows the marks on each change to them; here, on every update.
  editor.registerUpdateListener(({ tags }) => toRestore.push(...followMarks(editor, model, tags)));
  followMarks(editor, model, new Set());
});

const shown = () => threadsInView(model.getState()).map((t) => `${t.detached ? "detached " : ""}${t.id}`);
const history = async (command: typeof UNDO_COMMAND | typeof REDO_COMMAND) => {
  editor.dispatchCommand(command, undefined);
  await Promise.resolve(); // undo and redo commit on the next microtask
};

describe("undoing a comment delete", () => {
  it("brings the thread back with its marks and replies; redo takes it away again", async () => {
    await deleteThread(editor, model, THREAD);
    expect(library.deleted.has(THREAD)).toBe(true);
    expect(shown()).toEqual([]);
    expect(model.getState().anchored).toEqual([]);

    await history(UNDO_COMMAND);
    expect(model.getState().anchored).toEqual([THREAD]);
    expect(shown()).toEqual([THREAD]);
    const [back] = threadsInView(model.getState());
    expect(back?.comments.map((c) => c.text)).toEqual(["Which vote?", "The second one."]);

    await history(REDO_COMMAND);
    expect(shown()).toEqual([]);
    await history(UNDO_COMMAND);
    expect(shown()).toEqual([THREAD]);
    // Undo and redo alone ask nothing of the library: the thread was kept, marked deleted.
    expect(toRestore).toEqual([]);
    // Back on screen, it can be deleted again.
    await deleteThread(editor, model, THREAD);
    expect(shown()).toEqual([]);
    expect(model.getState().anchored).toEqual([]);
  });

  it("stands the thread up again, detached, when its words are deleted after the undo", async () => {
    await deleteThread(editor, model, THREAD);
    await history(UNDO_COMMAND);
    editor.update(
      () => {
        $selectThreadWords(THREAD);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.removeText();
      },
      { discrete: true },
    );
    expect(toRestore).toEqual([THREAD]);
    const restoring = restoreThreads(model, toRestore);
    expect(shown()).toEqual([`detached ${THREAD}`]); // at once, before the library answers
    await restoring;
    expect(library.deleted.has(THREAD)).toBe(false);
    expect(shown()).toEqual([`detached ${THREAD}`]);
  });
});

describe("which deleted threads stand again after an update", () => {
  const deleted = [{ id: "t1", deletedAt: "2026-05-01T09:00:00.000Z" }];

  it("those whose marks an edit of the words took away", () => {
    expect(threadsToUndelete(["t1", "t2"], ["t2"], deleted, new Set())).toEqual(["t1"]);
  });

  it("not on undo or redo, nor the Delete itself, nor a thread that stands or kept its marks", () => {
    expect(threadsToUndelete(["t1"], [], deleted, new Set([HISTORIC_TAG]))).toEqual([]);
    expect(threadsToUndelete(["t1"], [], deleted, new Set([COMMENT_DELETE_TAG]))).toEqual([]);
    expect(threadsToUndelete(["t1"], [], [{ id: "t1", deletedAt: null }], new Set())).toEqual([]);
    expect(threadsToUndelete(["t1"], ["t1"], deleted, new Set())).toEqual([]);
    expect(threadsToUndelete(null, [], deleted, new Set())).toEqual([]);
  });
});
