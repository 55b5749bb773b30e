// What an open story needs from the desk, in one hook: whether it is a desk story, its
// collaboration plugin for the editor, the toolbar's desk button, and the metadata change that
// also reaches the desk.
import type { LexicalEditor } from "lexical";
import { type RefObject, useState } from "react";
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
  const desk = useDeskStory(articleId, editorRef, flush, notify);
  const changeMetadata = useDeskMetadata(doc, metadata, changeLocally, desk.session?.seedBody != null);
  return {
    changeMetadata,
    /** The editor remounts when a story goes on the desk (its body then comes from Yjs). */
    editorKey: desk.session ? "desk" : "local",
    collaboration: desk.session ? (
      <DeskCollaborationPlugin session={desk.session} onError={notify} onDoc={setDoc} />
    ) : undefined,
    button: <DeskButton desk={desk} />,
  };
}
