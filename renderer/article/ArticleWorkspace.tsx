// One open article: headline and dek, the body editor, the status bar, and the
// inspector. Owns the autosave session and shares it, with the editor, through the
// workspace context that the Sources, Review and Export panels read.
import type { LexicalEditor } from "lexical";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import { readingMinutes } from "../../shared/document/text.ts";
import { ArticleSession, type SaveState } from "../app/articleSession.ts";
import { client } from "../client/index.ts";
import { Editor } from "../editor/Editor.tsx";
import { CharacterCounter } from "./length/CharacterCounter.tsx";
import { WordTarget } from "./length/WordTarget.tsx";
import { PlaceholderPlugin } from "../editor/plugins/placeholders/PlaceholderPlugin.tsx";
import { serializeBody } from "../editor/serializeBody.ts";
import { ExportDialog } from "../export/ExportDialog.tsx";
import { DetailsTab } from "../inspector/DetailsTab.tsx";
import { HistoryTab } from "../inspector/HistoryTab.tsx";
import { Inspector } from "../inspector/Inspector.tsx";
import { StyleTab } from "../inspector/style/StyleTab.tsx";
import { ReviewPlugin } from "../review/ReviewPlugin.tsx";
import { ReviewTab } from "../review/ReviewTab.tsx";
import { ReviewTabLabel } from "../review/ReviewTabLabel.tsx";
import { usePublishGate } from "../review/usePublishGate.tsx";
import { QuoteTagButton, QuoteTaggingPlugin } from "../sources/QuoteTaggingPlugin.tsx";
import { SourcesTab } from "../sources/SourcesTab.tsx";
import { type Workspace, WorkspaceContext } from "./WorkspaceContext.tsx";

const SAVE_LABELS: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  error: "Not saved: retrying",
};

export interface ArticleWorkspaceProps {
  article: Article;
  onSaved: () => void;
  onTrashed: () => void;
  onReplaced: (article: Article) => void;
  registerSession: (session: ArticleSession | null) => void;
  notify: (message: string) => void;
  /** The open library's path: unsaved-change backups belong to it. */
  libraryScope: string;
}

function metadataOf(a: Article): ArticleMetadata {
  const { headline, dek, byline, dateline, slug, section, tags, status } = a;
  return { headline, dek, byline, dateline, slug, section, tags, status };
}

export function ArticleWorkspace({
  article,
  onSaved,
  onTrashed,
  onReplaced,
  registerSession,
  notify,
  libraryScope,
}: ArticleWorkspaceProps) {
  const editorRef = useRef<LexicalEditor | null>(null);
  const [metadata, setMetadata] = useState<ArticleMetadata>(() => metadataOf(article));
  const [words, setWords] = useState(article.wordCount);
  const [saved, setSaved] = useState(article);
  const [tab, setTab] = useState("details");

  const sessionRef = useRef<ArticleSession | null>(null);
  const acceptSaved = useCallback(
    (a: Article) => {
      sessionRef.current?.adopt(a);
      setSaved(a);
      // The library may have adjusted the slug (unique, tidied) or the status: show what it kept.
      setMetadata((m) =>
        m.slug === a.slug && m.status === a.status ? m : { ...m, slug: a.slug, status: a.status },
      );
      onSaved();
    },
    [onSaved],
  );

  const savedRef = useRef(saved);
  savedRef.current = saved;

  const session = useMemo(
    () =>
      new ArticleSession(article, {
        client,
        scope: libraryScope,
        readBody: () => (editorRef.current ? serializeBody(editorRef.current.getEditorState()) : null),
        events: {
          saved: (a) => {
            // The library sends a ready story back to the desk when an edit adds a blocker.
            if (savedRef.current.status === "ready" && a.status === "in-edit") {
              notify("Back to In edit: this change added a review blocker (see the Review tab).");
            }
            acceptSaved(a);
          },
          refused: (message) => {
            // Show what the library kept for the fields it can refuse.
            const kept = savedRef.current;
            setMetadata((m) => ({ ...m, slug: kept.slug, status: kept.status }));
            notify(message);
          },
        },
      }),
    // One session per article; the callbacks only depend on App's stable ones.
    [article.id],
  );
  sessionRef.current = session;
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

  const changeMetadata = useCallback(
    (changes: Partial<ArticleMetadata>) => {
      setMetadata((m) => ({ ...m, ...changes }));
      session.metadataChanged(changes);
    },
    [session],
  );

  const flush = useCallback(() => session.flush(), [session]);
  const gate = usePublishGate(article.id, flush, acceptSaved, notify);

  const trash = async () => {
    if (!(await session.flush()))
      return notify(`Not moved to Trash: the latest changes are not saved yet (${session.error}).`);
    await client["articles.trash"]({ id: article.id });
    onTrashed();
  };

  const restore = async (revisionId: string) => {
    if (!(await session.flush()))
      return notify(`Not restored: the latest changes are not saved yet (${session.error}).`);
    try {
      onReplaced(await client["revisions.restore"]({ articleId: article.id, revisionId }));
    } catch (error) {
      notify((error as Error).message);
    }
  };

  const workspace: Workspace = useMemo(
    () => ({
      article: saved,
      metadata,
      changeMetadata,
      changeStatus: gate.changeStatus,
      editorRef,
      session,
      notify,
      libraryChanged: onSaved,
      showTab: setTab,
    }),
    [saved, metadata, changeMetadata, gate.changeStatus, session, notify, onSaved],
  );

  const onBodyChange = useCallback(() => session.bodyChanged(), [session]);

  return (
    <WorkspaceContext.Provider value={workspace}>
      <main className="workspace" aria-label="Editor">
        <div className="article-head">
          <textarea
            className="headline-input"
            aria-label="Headline"
            placeholder="Headline"
            spellCheck
            autoFocus={article.headline === ""}
            rows={1}
            value={metadata.headline}
            onChange={(e) => changeMetadata({ headline: e.target.value.replace(/\n/g, " ") })}
          />
          <CharacterCounter field="headline" text={metadata.headline} />
          <textarea
            className="dek-input"
            aria-label="Dek"
            placeholder="Dek (standfirst)"
            spellCheck
            rows={1}
            value={metadata.dek}
            onChange={(e) => changeMetadata({ dek: e.target.value.replace(/\n/g, " ") })}
          />
          <CharacterCounter field="dek" text={metadata.dek} />
        </div>
        <Editor
          initialBody={article.body}
          editorRef={editorRef}
          onChange={onBodyChange}
          onWordCount={setWords}
          toolbarExtra={<QuoteTagButton />}
        >
          <QuoteTaggingPlugin />
          <ReviewPlugin />
          <PlaceholderPlugin />
        </Editor>
        <footer className="status-bar" aria-label="Status">
          <span data-testid="word-count">{words} words</span>
          <WordTarget words={words} />
          <span>{readingMinutes(words)} min read</span>
          <span className="spacer" />
          <span data-testid="save-state" className={`save-state save-${saveState}`} title={session.error}>
            {SAVE_LABELS[saveState]}
          </span>
        </footer>
      </main>
      <Inspector
        active={tab}
        onSelect={setTab}
        tabs={[
          {
            id: "details",
            label: "Details",
            render: () => (
              <DetailsTab
                metadata={metadata}
                createdAt={saved.createdAt}
                updatedAt={saved.updatedAt}
                onChange={changeMetadata}
                onStatus={gate.changeStatus}
                onTrash={trash}
              />
            ),
          },
          { id: "sources", label: "Sources", render: () => <SourcesTab /> },
          { id: "review", label: <ReviewTabLabel />, render: () => <ReviewTab /> },
          { id: "style", label: "Style", render: () => <StyleTab /> },
          {
            id: "history",
            label: "History",
            render: () => <HistoryTab articleId={article.id} version={saved.updatedAt} onRestore={restore} />,
          },
        ]}
      />
      {gate.dialog}
      <ExportDialog />
    </WorkspaceContext.Provider>
  );
}
