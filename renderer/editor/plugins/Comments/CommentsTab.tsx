// The inspector's Comments tab: the comment being written on the selected words, then every
// thread in story order with its replies (who, initials, when), Reply, Resolve, Reopen and Delete.
// Clicking a thread's words selects them in the story; a thread whose words were deleted
// stays, marked as detached.
import { type FormEvent, useEffect, useState } from "react";
import type { ListedThread } from "../../../../shared/comments/thread.ts";
import { useWorkspace } from "../../../workspace/WorkspaceContext.tsx";
import { MOD } from "../../../workspace/platform.ts";
import { changeThread, deleteThread, selectThreadWords, startComment } from "./commentActions.ts";
import { type CommentsModel, commentsModelFor, threadsInView, useCommentsState } from "./commentsModel.ts";
import { COMMENT_SHORTCUT } from "./CommentsPlugin.tsx";

const when = (iso: string) => new Date(iso).toLocaleString();

/** A text box and its button: the first comment, or a reply. */
function CommentForm(props: {
  label: string;
  submit: string;
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { notify } = useWorkspace();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      await props.onSubmit(text);
      setText("");
    } catch (error) {
      notify((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(e) => void send(e)}>
      <textarea
        aria-label={props.label}
        placeholder={props.label}
        value={text}
        autoFocus={props.autoFocus}
        rows={2}
        maxLength={4000}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void send(e);
        }}
      />
      <div className="comment-form-actions">
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          {props.submit}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** Delete, asked once more in place: the thread and its replies go (undo brings them back). */
function DeleteThread({ threadId, model }: { threadId: string; model: CommentsModel }) {
  const { editorRef, notify } = useWorkspace();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="comment-delete link-button" onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  return (
    <p className="comment-status" role="group" aria-label="Delete this thread?">
      Delete this thread and its replies? Undo ({MOD}+Z) brings them back.{" "}
      <button
        type="button"
        className="danger"
        onClick={() =>
          void deleteThread(editorRef.current, model, threadId).catch((e: Error) => notify(e.message))
        }
      >
        Delete thread
      </button>{" "}
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Keep
      </button>
    </p>
  );
}

function ThreadItem({
  thread,
  model,
  active,
}: {
  thread: ListedThread;
  model: CommentsModel;
  active: boolean;
}) {
  const { editorRef, notify } = useWorkspace();
  const run = (work: Promise<void>) => work.catch((e: Error) => notify(e.message));
  const select = () => {
    model.set({ active: thread.id });
    const editor = editorRef.current;
    if (editor && !selectThreadWords(editor, thread.id)) notify("Its words are no longer in the story.");
  };
  return (
    <li
      className="comment-thread"
      aria-label={`Comment on “${thread.quote}”`}
      data-resolved={thread.resolved ? "true" : undefined}
      data-detached={thread.detached ? "true" : undefined}
      data-active={active ? "true" : undefined}
    >
      {thread.detached ? (
        <p className="comment-detached">
          <strong>Detached:</strong> its words were deleted from the story. They were “{thread.quote}”.
        </p>
      ) : (
        <button
          type="button"
          className="comment-quote"
          title="Select these words in the story"
          onClick={select}
        >
          “{thread.anchorText}”
        </button>
      )}
      <ol className="comment-replies" aria-label="Replies">
        {thread.comments.map((c) => (
          <li key={c.id}>
            <span className="initials-badge" title={c.author}>
              {c.initials}
            </span>{" "}
            <span className="comment-author">{c.author}</span> <span className="muted">{when(c.at)}</span>
            <p className="comment-text">{c.text}</p>
          </li>
        ))}
      </ol>
      <DeleteThread threadId={thread.id} model={model} />
      {thread.resolved ? (
        <p className="comment-status">
          Resolved by {thread.resolved.by}, {when(thread.resolved.at)}{" "}
          <button type="button" onClick={() => void run(changeThread(model, "comments.reopen", thread.id))}>
            Reopen
          </button>
        </p>
      ) : (
        <>
          <CommentForm
            label="Reply"
            submit="Reply"
            onSubmit={(text) => changeThread(model, "comments.reply", thread.id, text)}
          />
          <button type="button" onClick={() => void run(changeThread(model, "comments.resolve", thread.id))}>
            Resolve
          </button>
        </>
      )}
    </li>
  );
}

export function CommentsTab() {
  const { article, editorRef } = useWorkspace();
  const model = commentsModelFor(article.id);
  const state = useCommentsState(model);
  // Fresh from the library each time the tab is shown: the words under each mark as last saved.
  useEffect(() => void model.refresh(), [model]);
  const threads = threadsInView(state);
  const open = threads.filter((t) => !t.resolved).length;
  return (
    <div className="comments-tab">
      {state.draft && (
        <section className="comment-draft" aria-label="New comment">
          <p className="muted">Comment on “{state.draft.quote}”</p>
          <CommentForm
            label="Comment"
            submit="Comment"
            autoFocus
            onSubmit={async (text) => {
              if (editorRef.current) await startComment(editorRef.current, model, text);
            }}
            onCancel={() => model.set({ draft: null })}
          />
        </section>
      )}
      {state.error && (
        <p role="alert" className="error-text">
          {state.error}
        </p>
      )}
      {threads.length === 0 ? (
        !state.draft && (
          <p className="muted">
            No comments yet. Select words in the story and press Comment ({COMMENT_SHORTCUT}).
          </p>
        )
      ) : (
        <>
          <p className="muted">
            {open} open, {threads.length - open} resolved
          </p>
          <ol className="comment-threads" aria-label="Comments">
            {threads.map((t) => (
              <ThreadItem key={t.id} thread={t} model={model} active={state.active === t.id} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** The tab's label: how many threads are open. */
export function CommentsTabLabel() {
  const { article } = useWorkspace();
  const state = useCommentsState(commentsModelFor(article.id));
  const open = threadsInView(state).filter((t) => !t.resolved).length;
  return <>Comments{open > 0 ? ` (${open})` : ""}</>;
}
