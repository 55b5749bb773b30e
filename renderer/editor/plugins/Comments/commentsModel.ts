// What the Comments plugin (in the editor) and the Comments tab (in the inspector) share about
// the open article: its threads as the library keeps them, which threads still have their
// words in the editor right now, the comment being written, and the thread in focus. The tab
// unmounts when another inspector tab is chosen; this store outlives it.
// A deleted thread stays in the store (and in the library), marked, and is listed again while
// its marks are back in the editor: undo after Delete brings the whole thread back (why a mark
// and not a copy: shared/comments/thread.ts).
import { type BaseSelection, HISTORIC_TAG } from "lexical";
import { useSyncExternalStore } from "react";
import { isShown, type ListedThread } from "../../../../shared/comments/thread.ts";
import { client } from "../../../client/index.ts";

/** The tag on the update that takes a deleted thread's marks off (commentActions' deleteThread). */
export const COMMENT_DELETE_TAG = "comment-delete";

/** Words selected for a new comment, waiting for its text. */
export interface CommentDraft {
  selection: BaseSelection;
  quote: string;
}

export interface CommentsState {
  articleId: string;
  threads: ListedThread[];
  loaded: boolean;
  /** Thread ids whose marks are in the editor now, in story order (null before the editor says). */
  anchored: string[] | null;
  draft: CommentDraft | null;
  active: string | null;
  error: string;
}

export class CommentsModel {
  private state: CommentsState;
  private readonly listeners = new Set<() => void>();

  constructor(articleId: string) {
    this.state = {
      articleId,
      threads: [],
      loaded: false,
      anchored: null,
      draft: null,
      active: null,
      error: "",
    };
  }

  getState = (): CommentsState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(changes: Partial<CommentsState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  async refresh(): Promise<void> {
    try {
      const threads = await client["comments.list"]({ articleId: this.state.articleId });
      this.set({ threads, loaded: true, error: "" });
    } catch (error) {
      this.set({ error: (error as Error).message });
    }
  }

  /** A thread deleted in the library: marked so, kept for an undo to bring back. */
  markDeleted(threadId: string, at = new Date().toISOString()): void {
    this.set({
      threads: this.state.threads.map((t) => (t.id === threadId ? { ...t, deletedAt: at } : t)),
      active: this.state.active === threadId ? null : this.state.active,
    });
  }

  /** A deleted thread standing again, before the library's answer says so too. */
  undelete(threadId: string): void {
    this.set({ threads: this.state.threads.map((t) => (t.id === threadId ? { ...t, deletedAt: null } : t)) });
  }

  /** A thread as the library answered it after a change, in its place in the list. */
  keep(thread: ListedThread): void {
    const known = this.state.threads.some((t) => t.id === thread.id);
    this.set({
      threads: known
        ? this.state.threads.map((t) => (t.id === thread.id ? thread : t))
        : [...this.state.threads, thread],
    });
  }
}

let current: CommentsModel | null = null;

export function commentsModelFor(articleId: string): CommentsModel {
  if (!current || current.getState().articleId !== articleId) current = new CommentsModel(articleId);
  return current;
}

export function useCommentsState(model: CommentsModel): CommentsState {
  return useSyncExternalStore(model.subscribe, model.getState);
}

/**
 * Threads as the list shows them: in the editor's story order while the editor has spoken
 * (the library's saved body may be a second behind), detached when their marks are gone; a
 * deleted thread only while its marks are there (isShown).
 */
export function threadsInView(state: CommentsState): (ListedThread & { detached: boolean })[] {
  const { anchored, threads } = state;
  if (!anchored) return threads.filter((t) => isShown(t, !t.detached));
  const place = new Map(anchored.map((id, i) => [id, i]));
  return threads
    .filter((t) => isShown(t, place.has(t.id)))
    .map((t) => ({ ...t, detached: !place.has(t.id) }))
    .sort(
      (a, b) =>
        (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/**
 * Deleted threads to stand up again after an update took their marks away: a deleted thread
 * with marks had them back (an undo, History), and when an edit of the words then deletes
 * them, the thread should stay listed, detached, as any thread whose words are deleted. Not
 * when the update is undo or redo (a redo of the Delete hides the thread again, as it should)
 * or the Delete itself.
 */
export function threadsToUndelete(
  before: readonly string[] | null,
  after: readonly string[],
  threads: readonly Pick<ListedThread, "id" | "deletedAt">[],
  tags: ReadonlySet<string>,
): string[] {
  if (!before || tags.has(HISTORIC_TAG) || tags.has(COMMENT_DELETE_TAG)) return [];
  const still = new Set(after);
  const gone = new Set(before.filter((id) => !still.has(id)));
  return threads.filter((t) => t.deletedAt !== null && gone.has(t.id)).map((t) => t.id);
}
