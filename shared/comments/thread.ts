// Margin comments (issue 18): a thread is anchored to words in the story by a comment mark
// (Lexical's MarkNode, whose id is the thread's id) and kept in the library as plain JSON,
// so the desk can carry it between desktops. Each comment names its author, with initials,
// and when it was written. Resolving keeps the thread (and its mark) for the record; a thread
// whose words were deleted stays listed, detached.
//
// Deleting a thread takes its marks off the words, one undo step in the editor, and only marks
// the thread deleted in the library: the thread and its replies stay, and the Comments list
// shows a deleted thread again whenever its marks are back in the story (isShown). So Ctrl+Z
// after a delete brings the whole thread back, and redo takes it away again, with nothing to
// send to the library; so does restoring a version from History that still has the marks.
// Why not delete the row and put the thread back from a copy when undo brings the marks back:
// that copy lives in one window's memory, and a restore call that fails, a window that closes,
// or marks that come back another way (History, another desk's copy) would find no thread to
// come back to. Nor delete it once a saved body no longer has its marks: autosave writes within
// a second, long before anyone presses Ctrl+Z. A thread marked deleted cannot be lost, only
// hidden, and it is shown as soon as anything puts its marks back.
import { z } from "zod";
import { CopydeskError } from "../api/envelope.ts";
import { type CommentAnchor } from "../document/commentMarks.ts";
import { commentMarkId } from "../document/nodes.ts";

export const COMMENT_TEXT_LIMIT = 4000;

export const commentText = z
  .string()
  .trim()
  .min(1, "Write the comment first.")
  .max(COMMENT_TEXT_LIMIT, `A comment is at most ${COMMENT_TEXT_LIMIT} characters.`);

export const comment = z.object({
  id: z.string().min(1).max(64),
  author: z.string(),
  initials: z.string(),
  text: z.string(),
  at: z.string(),
});

export const commentThread = z.object({
  id: commentMarkId,
  articleId: z.string().min(1).max(64),
  /** The words the comment was made on, as they were then. */
  quote: z.string(),
  createdAt: z.string(),
  resolved: z.object({ by: z.string(), at: z.string() }).nullable(),
  /** The first is the comment that started the thread; replies follow, oldest first. */
  comments: z.array(comment).min(1),
  /** When it was deleted in the Comments tab; null while it stands. Kept for undo (above). */
  deletedAt: z.string().nullable(),
});

/** A thread as the Comments list shows it: whether its words are still in the story, and which. */
export const listedThread = commentThread.extend({
  detached: z.boolean(),
  /** The words its mark holds now (the quote when detached). */
  anchorText: z.string(),
});

export type Comment = z.output<typeof comment>;
export type CommentThread = z.output<typeof commentThread>;
export type ListedThread = z.output<typeof listedThread>;

/** Who writes, and when: the library fills it in from Settings and its clock. */
export interface Writer {
  author: string;
  initials: string;
  at: string;
}

export function startThread(
  start: { id: string; articleId: string; quote: string; commentId: string; text: string },
  writer: Writer,
): CommentThread {
  return {
    id: start.id,
    articleId: start.articleId,
    quote: start.quote,
    createdAt: writer.at,
    resolved: null,
    deletedAt: null,
    comments: [{ id: start.commentId, text: commentText.parse(start.text), ...writerFields(writer) }],
  };
}

const writerFields = ({ author, initials, at }: Writer) => ({ author, initials, at });

/**
 * A reply; replying to a resolved thread reopens it (the talk has started again). A reply,
 * resolve or reopen on a deleted thread shown again (its marks back) keeps it: it is in use.
 */
export function reply(thread: CommentThread, commentId: string, text: string, writer: Writer): CommentThread {
  const added: Comment = { id: commentId, text: commentText.parse(text), ...writerFields(writer) };
  return { ...thread, resolved: null, deletedAt: null, comments: [...thread.comments, added] };
}

export function resolve(thread: CommentThread, writer: Writer): CommentThread {
  if (thread.resolved) throw new CopydeskError("refused", "This comment is already resolved.");
  return { ...thread, deletedAt: null, resolved: { by: writer.author, at: writer.at } };
}

export function reopen(thread: CommentThread): CommentThread {
  if (!thread.resolved) throw new CopydeskError("refused", "This comment is open already.");
  return { ...thread, deletedAt: null, resolved: null };
}

/**
 * Deleted in the Comments tab: marked, kept (see the top of this file). A deleted thread an undo
 * showed again can be deleted again.
 */
export function markDeleted(thread: CommentThread, at: string): CommentThread {
  return { ...thread, deletedAt: at };
}

/** Standing again: its words were deleted after an undo had brought it back, say. */
export function undelete(thread: CommentThread): CommentThread {
  return { ...thread, deletedAt: null };
}

/**
 * Whether the Comments list shows a thread: always while it stands (detached or not), and a
 * deleted one while its marks are in the story (an undo, or History, put them back).
 */
export function isShown(thread: Pick<CommentThread, "deletedAt">, anchored: boolean): boolean {
  return thread.deletedAt === null || anchored;
}

/**
 * The Comments list: threads in the order their words come in the story, then the detached
 * ones (their words deleted) oldest first, each saying which it is. Deleted threads come too,
 * marked (deletedAt), for the list to show while their marks are back (isShown).
 */
export function listThreads(
  threads: readonly CommentThread[],
  anchors: readonly CommentAnchor[],
): ListedThread[] {
  const place = new Map(anchors.map((a, i) => [a.id, i]));
  const text = new Map(anchors.map((a) => [a.id, a.text]));
  const listed = threads.map((t) => ({
    ...t,
    detached: !place.has(t.id),
    anchorText: text.get(t.id) ?? t.quote,
  }));
  const order = (t: ListedThread) => place.get(t.id) ?? Number.MAX_SAFE_INTEGER;
  return listed.sort((a, b) => order(a) - order(b) || a.createdAt.localeCompare(b.createdAt));
}
