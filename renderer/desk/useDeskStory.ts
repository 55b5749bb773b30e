// Whether the open story is a desk story on this library's desk, and what its editor needs:
// the desk's address and token, the Yjs state kept here, the editor's name. A story that never
// went on the desk stays local (null), as before.
import type { LexicalEditor } from "lexical";
import { type RefObject, useCallback, useEffect, useState } from "react";
import { client } from "../client/index.ts";
import type { DeskStorySession } from "./DeskCollaborationPlugin.tsx";

export interface DeskStory {
  session: DeskStorySession | null;
  /** This library has joined a desk (so the story can go on it). */
  joined: boolean;
  putOnDesk(): Promise<void>;
}

async function loadSession(articleId: string, seedBody: string | null): Promise<DeskStory["session"]> {
  const [membership, story, info] = await Promise.all([
    client["deskSync.info"]({}),
    client["deskSync.story"]({ articleId }),
    client["library.info"]({}),
  ]);
  if (!membership.address || !membership.token || !story.storyId) return null;
  return {
    address: membership.address,
    token: membership.token,
    articleId,
    storyId: story.storyId,
    stored: story.state,
    seedBody,
    editorName: info.editorName,
  };
}

export function useDeskStory(
  articleId: string,
  editorRef: RefObject<LexicalEditor | null>,
  beforeJoin: () => Promise<unknown>,
  notify: (message: string) => void,
): DeskStory {
  const [session, setSession] = useState<DeskStorySession | null>(null);
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    let live = true;
    client["deskSync.info"]({})
      .then((m) => live && setJoined(Boolean(m.address)))
      .catch(() => undefined);
    loadSession(articleId, null)
      .then((s) => live && setSession(s))
      .catch((e: Error) => notify(e.message));
    return () => {
      live = false;
    };
  }, [articleId, notify]);
  const putOnDesk = useCallback(async () => {
    await beforeJoin();
    await client["deskSync.putOnDesk"]({ articleId });
    const body = editorRef.current ? JSON.stringify(editorRef.current.getEditorState().toJSON()) : null;
    setSession(await loadSession(articleId, body));
    notify("On the desk: editors who join it can open this story.");
  }, [articleId, editorRef, beforeJoin, notify]);
  return { session, joined, putOnDesk };
}
