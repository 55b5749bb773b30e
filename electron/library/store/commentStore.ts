// Comment threads on SQLite (migration 026). Mixed into the library store by sqliteStore.ts.
import type { Comment, CommentThread } from "../../../shared/comments/thread.ts";
import type { LibraryDatabase } from "../database.ts";

export interface CommentReader {
  /** The article's threads, oldest first, each with its comments oldest first. */
  commentThreads(articleId: string): CommentThread[];
  commentThread(id: string): CommentThread | undefined;
}

export interface CommentWriter {
  insertCommentThread(thread: CommentThread): void;
  insertComment(threadId: string, comment: Comment): void;
  setThreadResolved(threadId: string, resolved: CommentThread["resolved"]): void;
  /**
   * Mark the thread deleted (a time) or standing again (null). Its row and comments stay until
   * its article goes (ON DELETE CASCADE): undo can bring it back (shared/comments/thread.ts).
   */
  setThreadDeleted(threadId: string, deletedAt: string | null): void;
}

interface ThreadRow {
  id: string;
  article_id: string;
  quote: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  deleted_at: string | null;
}

interface CommentRow extends Comment {
  thread_id: string;
}

export function commentStore(db: LibraryDatabase): { reader: CommentReader; writer: CommentWriter } {
  const stmt = {
    threads: db.prepare<[string], ThreadRow>(
      "SELECT * FROM comment_threads WHERE article_id = ? ORDER BY created_at, rowid",
    ),
    thread: db.prepare<[string], ThreadRow>("SELECT * FROM comment_threads WHERE id = ?"),
    comments: db.prepare<[string], CommentRow>(
      `SELECT c.id, c.thread_id, c.author, c.initials, c.text, c.written_at AS at FROM comments c
       JOIN comment_threads t ON t.id = c.thread_id WHERE t.article_id = ? ORDER BY c.written_at, c.rowid`,
    ),
    threadComments: db.prepare<[string], CommentRow>(
      `SELECT id, thread_id, author, initials, text, written_at AS at FROM comments
       WHERE thread_id = ? ORDER BY written_at, rowid`,
    ),
    insertThread: db.prepare(
      "INSERT INTO comment_threads (id, article_id, quote, created_at) VALUES (?, ?, ?, ?)",
    ),
    insertComment: db.prepare(
      "INSERT INTO comments (id, thread_id, author, initials, text, written_at) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    resolve: db.prepare("UPDATE comment_threads SET resolved_at = ?, resolved_by = ? WHERE id = ?"),
    setDeleted: db.prepare("UPDATE comment_threads SET deleted_at = ? WHERE id = ?"),
  };

  const toThread = (row: ThreadRow, comments: CommentRow[]): CommentThread => ({
    id: row.id,
    articleId: row.article_id,
    quote: row.quote,
    createdAt: row.created_at,
    resolved:
      row.resolved_at !== null && row.resolved_by !== null
        ? { by: row.resolved_by, at: row.resolved_at }
        : null,
    deletedAt: row.deleted_at,
    comments: comments.map(({ id, author, initials, text, at }) => ({ id, author, initials, text, at })),
  });

  return {
    reader: {
      commentThreads: (articleId) => {
        const byThread = new Map<string, CommentRow[]>();
        for (const c of stmt.comments.all(articleId))
          byThread.set(c.thread_id, [...(byThread.get(c.thread_id) ?? []), c]);
        return stmt.threads.all(articleId).map((row) => toThread(row, byThread.get(row.id) ?? []));
      },
      commentThread: (id) => {
        const row = stmt.thread.get(id);
        return row && toThread(row, stmt.threadComments.all(id));
      },
    },
    writer: {
      insertCommentThread: (thread) => {
        stmt.insertThread.run(thread.id, thread.articleId, thread.quote, thread.createdAt);
        for (const c of thread.comments)
          stmt.insertComment.run(c.id, thread.id, c.author, c.initials, c.text, c.at);
        if (thread.resolved) stmt.resolve.run(thread.resolved.at, thread.resolved.by, thread.id);
        if (thread.deletedAt) stmt.setDeleted.run(thread.deletedAt, thread.id);
      },
      insertComment: (threadId, c) => {
        stmt.insertComment.run(c.id, threadId, c.author, c.initials, c.text, c.at);
      },
      setThreadResolved: (threadId, resolved) => {
        stmt.resolve.run(resolved?.at ?? null, resolved?.by ?? null, threadId);
      },
      setThreadDeleted: (threadId, deletedAt) => {
        stmt.setDeleted.run(deletedAt, threadId);
      },
    },
  };
}
