// A desk story's editor: Lexical's CollaborationPlugin on the story's Yjs document, with the
// desk's provider (deskProvider.ts). Cursors and selections show each editor's name in their
// colour; undo and redo are the binding's UndoManager, which undoes this editor's own edits only.
import { LexicalCollaboration } from "@lexical/react/LexicalCollaborationContext";
import { CollaborationPlugin } from "@lexical/react/LexicalCollaborationPlugin";
import { useCallback, useEffect, useRef } from "react";
import * as Y from "yjs";
import { colourFor } from "./deskBytes.ts";
import { createDeskStoryProvider } from "./deskProvider.ts";

export interface DeskStorySession {
  address: string;
  token: string;
  articleId: string;
  storyId: string;
  /** The story's Yjs state as last kept in the library (base64), or null. */
  stored: string | null;
  /** The body to seed the desk story with (JSON), when this desktop puts it on the desk. */
  seedBody: string | null;
  editorName: string;
}

type DeskProvider = ReturnType<typeof createDeskStoryProvider>;

export function DeskCollaborationPlugin({
  session,
  onError,
  onDoc,
}: {
  session: DeskStorySession;
  onError: (message: string) => void;
  /** Told of the story's Yjs document, for the metadata that travels in it. */
  onDoc?: (doc: Y.Doc) => void;
}) {
  const made = useRef<DeskProvider[]>([]);
  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>) => {
      let doc = docs.get(id);
      if (!doc) {
        doc = new Y.Doc();
        docs.set(id, doc);
      }
      const provider = createDeskStoryProvider(doc, {
        ...session,
        seedsLocally: session.seedBody !== null && session.stored === null,
        onError,
      });
      made.current.push(provider);
      onDoc?.(doc);
      return provider;
    },
    [session, onError, onDoc],
  );
  // Destroyed once the editor has gone (after Lexical's own disconnect on unmount).
  useEffect(
    () => () => {
      const gone = made.current.splice(0);
      setTimeout(() => gone.forEach((p) => p.destroy()));
    },
    [],
  );
  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={session.storyId}
        providerFactory={providerFactory}
        shouldBootstrap={session.seedBody !== null && session.stored === null}
        initialEditorState={session.seedBody ?? undefined}
        username={session.editorName}
        cursorColor={colourFor(session.editorName)}
      />
    </LexicalCollaboration>
  );
}
