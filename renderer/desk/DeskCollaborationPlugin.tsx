// A desk story's editor: Lexical's CollaborationPlugin on the story's Yjs document, with the
// desk's provider (deskProvider.ts). Cursors and selections show each editor's name in their
// colour; undo and redo are the binding's UndoManager, which undoes this editor's own edits only.
// A read-only token (standards, legal) reads the story as it changes and cannot type in it: the
// desk would refuse the words, so the editor does not take them.
import { LexicalCollaboration } from "@lexical/react/LexicalCollaborationContext";
import { CollaborationPlugin } from "@lexical/react/LexicalCollaborationPlugin";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
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

export const READ_ONLY_NOTICE =
  "Your desk token is read-only: you can read this story as the desk edits it, not change it.";

/** The editor locked while the desk says this token only reads; unlocked if it says otherwise. */
function useDeskScope(onNotice: (message: string) => void) {
  const [editor] = useLexicalComposerContext();
  const lockedByDesk = useRef(false);
  return useCallback(
    (scope: "read-write" | "readonly") => {
      if (scope === "readonly" && editor.isEditable()) {
        lockedByDesk.current = true;
        editor.setEditable(false);
        onNotice(READ_ONLY_NOTICE);
      } else if (scope === "read-write" && lockedByDesk.current) {
        lockedByDesk.current = false;
        editor.setEditable(true);
      }
    },
    [editor, onNotice],
  );
}

export function DeskCollaborationPlugin({
  session,
  onError,
  onDoc,
  onScope: onScopeChange,
}: {
  session: DeskStorySession;
  onError: (message: string) => void;
  /** Told of the story's Yjs document, for the metadata that travels in it. */
  onDoc?: (doc: Y.Doc) => void;
  /** Told what the desk lets this token do, once it has signed in. */
  onScope?: (scope: "read-write" | "readonly") => void;
}) {
  const made = useRef<DeskProvider[]>([]);
  const lockEditor = useDeskScope(onError);
  const onScope = useCallback(
    (scope: "read-write" | "readonly") => {
      lockEditor(scope);
      onScopeChange?.(scope);
    },
    [lockEditor, onScopeChange],
  );
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
        onScope,
      });
      made.current.push(provider);
      onDoc?.(doc);
      return provider;
    },
    [session, onError, onDoc, onScope],
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
