// What the panels around an open article share: the article as last saved, its
// metadata as edited, the editor, the autosave session, and a few actions.
import type { LexicalEditor } from "lexical";
import { createContext, type RefObject, useContext } from "react";
import type { ArticleStatus } from "../../shared/article/status.ts";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import type { ArticleSession } from "./articleSession.ts";

export interface Workspace {
  /** The article as the library last saved it. */
  article: Article;
  metadata: ArticleMetadata;
  changeMetadata(changes: Partial<ArticleMetadata>): void;
  /** Status changes go through the publish gate (renderer/review). */
  changeStatus(status: ArticleStatus): void;
  editorRef: RefObject<LexicalEditor | null>;
  session: ArticleSession;
  /**
   * Keep a version in History before a change made in bulk (Accept all, an import into
   * the story), if the story changed since its last version. True when one was kept.
   */
  keepVersion(reason: string): Promise<boolean>;
  /** A short message in the toast. */
  notify(message: string): void;
  /** Tell the library list (and others) that something changed. */
  libraryChanged(): void;
  /** Bring an inspector tab to the front ("details", "sources", "review", "history"). */
  showTab(id: string): void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace outside an open article");
  return workspace;
}
