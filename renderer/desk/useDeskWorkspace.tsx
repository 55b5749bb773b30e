// What an open story needs from the desk, in one hook: whether it is a desk story, its
// collaboration plugin for the editor, the toolbar's desk button, and the metadata change that
// also reaches the desk. A read-only desk token reads all of it and changes none of it.
import type { LexicalEditor } from "lexical";
import { type RefObject, useCallback, useState } from "react";
import type * as Y from "yjs";
import type { ArticleMetadata } from "../../shared/api/schemas.ts";
import { DeskButton } from "./DeskButton.tsx";
import { DeskCollaborationPlugin } from "./DeskCollaborationPlugin.tsx";
import { useDeskMetadata } from "./useDeskMetadata.ts";
import { useDeskStory } from "./useDeskStory.ts";

export function useDeskWorkspace(
  articleId: string,
  editorRef: RefObject<LexicalEditor | null>,
  flush: () => Promise<unknown>,
  notify: (message: string) => void,
  metadata: ArticleMetadata,
  changeLocally: (changes: Partial<ArticleMetadata>) => void,
) {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const desk = useDeskStory(articleId, editorRef, flush, notify);
  const changeOnDesk = useDeskMetadata(doc, metadata, changeLocally, desk.session?.seedBody != null);
  const onScope = useCallback((scope: "read-write" | "readonly") => setReadOnly(scope === "readonly"), []);
  const changeMetadata = useCallback(
    (changes: Partial<ArticleMetadata>) => {
      if (!readOnly) changeOnDesk(changes);
    },
    [readOnly, changeOnDesk],
  );
  return {
    changeMetadata,
    /** The desk signed this token in as read-only: the headline, dek and details are locked too. */
    readOnly: desk.session !== null && readOnly,
    /** The editor remounts when a story goes on the desk (its body then comes from Yjs). */
    editorKey: desk.session ? "desk" : "local",
    collaboration: desk.session ? (
      <DeskCollaborationPlugin session={desk.session} onError={notify} onDoc={setDoc} onScope={onScope} />
    ) : undefined,
    button: <DeskButton desk={desk} />,
  };
}
