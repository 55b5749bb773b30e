// The desk index as a desktop sees it: the "desk" Yjs document's stories (the desk server
// keeps each entry from the story's own metadata), followed live while it is open.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import { DESK_INDEX, deskStoryEntry, type DeskStoryEntry } from "../../shared/desk/documents.ts";

export interface ListedDeskStory extends DeskStoryEntry {
  storyId: string;
}

function storiesOf(doc: Y.Doc): ListedDeskStory[] {
  const listed: ListedDeskStory[] = [];
  doc.getMap("stories").forEach((value, storyId) => {
    const entry = deskStoryEntry.safeParse(value);
    if (entry.success) listed.push({ storyId, ...entry.data });
  });
  return listed.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The desk's stories, or an error message; null while not yet heard from the desk. */
export function useDeskIndex(address: string | null, token: string | null) {
  const [stories, setStories] = useState<ListedDeskStory[] | null>(null);
  const [problem, setProblem] = useState("");
  useEffect(() => {
    if (!address || !token) return;
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: address, maxDelay: 5000 });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: DESK_INDEX,
      document: doc,
      token,
      onAuthenticationFailed: () => setProblem("The desk refused this library's token."),
      onSynced: () => setStories(storiesOf(doc)),
    });
    provider.attach();
    const onUpdate = () => setStories(storiesOf(doc));
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      provider.destroy();
      socket.destroy();
    };
  }, [address, token]);
  return { stories, problem };
}
