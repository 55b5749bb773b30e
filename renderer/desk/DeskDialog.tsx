// Desk… : join a desk (its address and this editor's token, from the desk's admin), see the
// stories on it and open one here. Joining reloads the window, so the page's policy lets it
// connect to that desk's address (and no other).
import { useState } from "react";
import type { DeskMembership } from "../../shared/api/deskSyncContract.ts";
import { client } from "../client/index.ts";
import { ModalDialog } from "../export/ModalDialog.tsx";
import { useLoad } from "../workspace/useAsync.ts";
import { useDeskIndex } from "./deskIndex.ts";

function JoinForm({ onError }: { onError: (m: string) => void }) {
  const [address, setAddress] = useState("");
  const [token, setToken] = useState("");
  const join = async () => {
    try {
      await client["deskSync.join"]({ address, token });
      window.location.reload();
    } catch (error) {
      onError((error as Error).message);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <label>
        Desk address{" "}
        <input
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="wss://desk.example.org"
        />
      </label>
      <label>
        Token <input value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit" className="primary">
        Join Desk
      </button>
    </form>
  );
}

function DeskStories({ membership, onOpen }: { membership: DeskMembership; onOpen: (id: string) => void }) {
  const { stories, problem } = useDeskIndex(membership.address, membership.token);
  const open = async (storyId: string, headline: string) => {
    const { article } = await client["deskSync.takeStory"]({ storyId, headline });
    onOpen(article.id);
  };
  if (problem) return <p role="alert">{problem}</p>;
  if (stories === null) return <p role="status">Reaching the desk…</p>;
  if (stories.length === 0) return <p>No stories on the desk yet.</p>;
  return (
    <ul aria-label="Desk stories" className="backup-list">
      {stories.map((s) => (
        <li key={s.storyId}>
          <span>
            {s.headline || "(untitled)"} · {s.status}
            {s.byline ? ` · ${s.byline}` : ""}
          </span>{" "}
          <button type="button" onClick={() => void open(s.storyId, s.headline)}>
            Open
          </button>
        </li>
      ))}
    </ul>
  );
}

function DeskDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (id: string) => void }) {
  const [version, setVersion] = useState(0);
  const [membership] = useLoad(() => client["deskSync.info"]({}), [version], null as DeskMembership | null);
  const [message, setMessage] = useState("");
  const leave = async () => {
    await client["deskSync.leave"]({});
    setVersion((v) => v + 1);
  };
  return (
    <ModalDialog label="Desk" onClose={onClose}>
      <h2>Desk</h2>
      {membership?.address ? (
        <>
          <p>On the desk at {membership.address}.</p>
          <DeskStories membership={membership} onOpen={(id) => (onClose(), onOpen(id))} />
          <button type="button" onClick={() => void leave()}>
            Leave Desk
          </button>
        </>
      ) : (
        <JoinForm onError={setMessage} />
      )}
      {message && <p role="alert">{message}</p>}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}

export function DeskDialogButton({ onOpen }: { onOpen: (articleId: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Desk…
      </button>
      {open && <DeskDialog onClose={() => setOpen(false)} onOpen={onOpen} />}
    </>
  );
}
