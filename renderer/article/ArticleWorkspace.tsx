// One open article: headline and dek, the body editor, the status bar, and the
// inspector. Owns the autosave session for the article.
import type { LexicalEditor } from "lexical";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { readingMinutes } from "../../shared/document/text.ts";
import { ArticleSession, type SaveState } from "../app/articleSession.ts";
import { client } from "../client/index.ts";
import { Editor } from "../editor/Editor.tsx";
import { DetailsTab } from "../inspector/DetailsTab.tsx";
import { HistoryTab } from "../inspector/HistoryTab.tsx";
import { Inspector } from "../inspector/Inspector.tsx";

const SAVE_LABELS: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  error: "Not saved: retrying",
};

export interface ArticleWorkspaceProps {
  article: Article;
  onSaved: (article: Article) => void;
  onTrashed: () => void;
  onReplaced: (article: Article) => void;
  registerSession: (session: ArticleSession | null) => void;
}

function metadataOf(a: Article): ArticleMetadata {
  return {
    headline: a.headline,
    dek: a.dek,
    byline: a.byline,
    dateline: a.dateline,
    slug: a.slug,
    section: a.section,
    tags: a.tags,
    status: a.status,
  };
}

export function ArticleWorkspace({
  article,
  onSaved,
  onTrashed,
  onReplaced,
  registerSession,
}: ArticleWorkspaceProps) {
  const editorRef = useRef<LexicalEditor | null>(null);
  const [metadata, setMetadata] = useState<ArticleMetadata>(() => metadataOf(article));
  const [words, setWords] = useState(article.wordCount);
  const [saved, setSaved] = useState(article);
  const [notice, setNotice] = useState("");

  const session = useMemo(
    () =>
      new ArticleSession(
        article.id,
        client,
        () => (editorRef.current?.getEditorState().toJSON() as ArticleBody | undefined) ?? null,
        (a) => {
          setSaved(a);
          // The library may have adjusted the slug (unique, tidied): show what it kept.
          setMetadata((m) => (m.slug === a.slug ? m : { ...m, slug: a.slug }));
          onSaved(a);
        },
      ),
    // One session per article; onSaved is stable in App.
    [article.id],
  );
  useEffect(() => {
    registerSession(session);
    return () => {
      void session.flush();
      registerSession(null);
      session.dispose();
    };
  }, [session, registerSession]);

  const saveState = useSyncExternalStore(
    useCallback((cb) => session.subscribe(cb), [session]),
    () => session.saveState,
  );

  const change = (changes: Partial<ArticleMetadata>) => {
    setMetadata((m) => ({ ...m, ...changes }));
    session.metadataChanged(changes);
  };

  const trash = async () => {
    await session.flush();
    await client["articles.trash"]({ id: article.id });
    onTrashed();
  };

  const restore = async (revisionId: string) => {
    await session.flush();
    try {
      onReplaced(await client["revisions.restore"]({ articleId: article.id, revisionId }));
    } catch (error) {
      setNotice((error as Error).message);
    }
  };

  return (
    <>
      <main className="workspace" aria-label="Editor">
        <div className="article-head">
          <textarea
            className="headline-input"
            aria-label="Headline"
            placeholder="Headline"
            autoFocus={article.headline === ""}
            rows={1}
            value={metadata.headline}
            onChange={(e) => change({ headline: e.target.value.replace(/\n/g, " ") })}
          />
          <textarea
            className="dek-input"
            aria-label="Dek"
            placeholder="Dek (standfirst)"
            rows={1}
            value={metadata.dek}
            onChange={(e) => change({ dek: e.target.value.replace(/\n/g, " ") })}
          />
        </div>
        <Editor
          initialBody={article.body}
          editorRef={editorRef}
          onChange={useCallback(() => session.bodyChanged(), [session])}
          onWordCount={setWords}
        />
        <footer className="status-bar" aria-label="Status">
          <span data-testid="word-count">{words} words</span>
          <span>{readingMinutes(words)} min read</span>
          <span className="spacer" />
          {notice && (
            <span role="alert" className="error-text">
              {notice}
            </span>
          )}
          <span data-testid="save-state" className={`save-state save-${saveState}`} title={session.error}>
            {SAVE_LABELS[saveState]}
          </span>
        </footer>
      </main>
      <Inspector
        tabs={[
          {
            id: "details",
            label: "Details",
            render: () => (
              <DetailsTab
                metadata={metadata}
                createdAt={saved.createdAt}
                updatedAt={saved.updatedAt}
                onChange={change}
                onTrash={trash}
              />
            ),
          },
          {
            id: "history",
            label: "History",
            render: () => <HistoryTab articleId={article.id} version={saved.updatedAt} onRestore={restore} />,
          },
        ]}
      />
    </>
  );
}
