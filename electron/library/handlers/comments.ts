// Margin comments (issue 18): threads kept in the library, anchored by comment marks in the
// body. The library names who writes (Settings) and when (its clock); whether a thread is
// still anchored is read from the stored body, so the CLI and the desk see what the app sees.
// Deleting marks a thread deleted and keeps it, so undo can bring it back (shared/comments/
// thread.ts says why); restoring stands it up again.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { commentAnchors } from "../../../shared/document/commentMarks.ts";
import {
  type CommentThread,
  type ListedThread,
  listThreads,
  markDeleted,
  reopen,
  reply,
  resolve,
  startThread,
  undelete,
  type Writer,
} from "../../../shared/comments/thread.ts";
import { initialsOf } from "../../../shared/article/editor.ts";
import { mustGetArticle } from "../articleRecords.ts";
import { editorInitialsIn } from "../editorName.ts";
import type { LibraryReader, LibraryWriter } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

type CommentCalls =
  | "comments.list"
  | "comments.start"
  | "comments.reply"
  | "comments.resolve"
  | "comments.reopen"
  | "comments.delete"
  | "comments.restore";

function listed(reader: LibraryReader, thread: CommentThread): ListedThread {
  const anchors = commentAnchors(mustGetArticle(reader, thread.articleId).body);
  return listThreads([thread], anchors)[0]!;
}

function mustGetThread(reader: LibraryReader, id: string): CommentThread {
  const thread = reader.commentThread(id);
  if (!thread) throw new CopydeskError("not-found", "That comment no longer exists.");
  return thread;
}

export function commentHandlers(ctx: HandlerContext): HandlerGroup<CommentCalls> {
  const { store, clock } = ctx;
  const writer = (reader: LibraryReader): Writer => ({
    author: ctx.editorName(),
    initials: editorInitialsIn(reader),
    at: clock.now(),
  });
  /** Apply a change to one thread and keep it: its new comments, resolved and deleted states. */
  const change = (threadId: string, work: (thread: CommentThread, w: LibraryWriter) => CommentThread) =>
    store.transaction((w) => {
      const before = mustGetThread(w, threadId);
      const after = work(before, w);
      for (const c of after.comments.slice(before.comments.length)) w.insertComment(threadId, c);
      if (after.resolved !== before.resolved) w.setThreadResolved(threadId, after.resolved);
      if (after.deletedAt !== before.deletedAt) w.setThreadDeleted(threadId, after.deletedAt);
      return listed(w, after);
    });

  return {
    "comments.list": ({ articleId }) => {
      const article = mustGetArticle(store, articleId);
      return listThreads(store.commentThreads(articleId), commentAnchors(article.body));
    },
    "comments.start": ({ articleId, threadId, quote, text }) =>
      store.transaction((w) => {
        mustGetArticle(w, articleId);
        if (w.commentThread(threadId))
          throw new CopydeskError("conflict", "A comment with that id exists already.");
        const thread = startThread(
          { id: threadId, articleId, quote, commentId: clock.newId(), text },
          writer(w),
        );
        w.insertCommentThread(thread);
        return listed(w, thread);
      }),
    "comments.reply": ({ threadId, text }) =>
      change(threadId, (thread, w) => reply(thread, clock.newId(), text, writer(w))),
    "comments.resolve": ({ threadId }) => change(threadId, (thread, w) => resolve(thread, writer(w))),
    "comments.reopen": ({ threadId }) => change(threadId, (thread) => reopen(thread)),
    "comments.delete": ({ threadId }) => {
      change(threadId, (thread) => markDeleted(thread, clock.now()));
      return { deleted: true as const };
    },
    "comments.restore": ({ threadId }) => change(threadId, (thread) => undelete(thread)),
  };
}

/** A comment brought in with a file (a Word comment), for a thread of the new article. */
export interface ImportedComment {
  threadId: string;
  author: string;
  initials: string;
  text: string;
  quote: string;
  /** When the file says it was written (ISO 8601); "" for the time of the import. */
  date: string;
}

/** Keep a file's comments as threads of the article it became, by their authors, when written. */
export function keepImportedComments(
  ctx: HandlerContext,
  articleId: string,
  comments: ImportedComment[],
): void {
  ctx.store.transaction((w) => {
    for (const c of comments) {
      const author = c.author.trim() || "Word";
      const at = c.date || ctx.clock.now();
      const writer = { author, initials: c.initials.trim() || initialsOf(author), at };
      const start = {
        id: c.threadId,
        articleId,
        quote: c.quote.slice(0, 2000),
        commentId: ctx.clock.newId(),
      };
      w.insertCommentThread(
        startThread({ ...start, text: c.text.trim() || "(an empty Word comment)" }, writer),
      );
    }
  });
}
