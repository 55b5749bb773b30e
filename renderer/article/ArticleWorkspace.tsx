// One open article: headline and dek, the body editor, the status bar, and the
// inspector. Shares the autosave session and the editor, through the workspace context,
// with the Sources, Review and Export panels.
import type { LexicalEditor } from "lexical";
import { type ReactNode, type RefObject, useCallback, useMemo, useRef, useState } from "react";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import type { OpenArticleHandle } from "../workspace/openArticleHandle.ts";
import { useDeskWorkspace } from "../desk/useDeskWorkspace.tsx";
import { Editor } from "../editor/Editor.tsx";
import { SuggestionsFollowHistoryPlugin } from "../editor/plugins/SuggestionsFollowHistory/SuggestionsFollowHistoryPlugin.tsx";
import { PlaceholderPlugin } from "../editor/plugins/placeholders/PlaceholderPlugin.tsx";
import { CommentButton, CommentsPlugin } from "../editor/plugins/Comments/CommentsPlugin.tsx";
import { SuggestingPlugin } from "../editor/plugins/Suggestions/SuggestingPlugin.tsx";
import { SuggestingSwitch } from "../editor/plugins/Suggestions/SuggestingSwitch.tsx";
import { SuggestionPopover } from "../editor/plugins/Suggestions/SuggestionPopover.tsx";
import { ExportDialog } from "../export/ExportDialog.tsx";
import { ReviewPlugin } from "../review/ReviewPlugin.tsx";
import { usePublishGate } from "../review/usePublishGate.tsx";
import { QuotePlugins } from "../editor/plugins/QuoteTagging/QuotePlugins.tsx";
import { QuoteTagButton } from "../editor/plugins/QuoteTagging/QuoteTagButton.tsx";
import { ArticleHead } from "./ArticleHead.tsx";
import { ArticleInspector } from "./ArticleInspector.tsx";
import { StatusBar } from "./StatusBar.tsx";
import { useArticleActions } from "./useArticleActions.ts";
import { useArticleSession } from "./useArticleSession.ts";
import { type Workspace, WorkspaceContext } from "../workspace/WorkspaceContext.tsx";

export interface ArticleWorkspaceProps {
  article: Article;
  onSaved: () => void;
  onTrashed: () => void;
  onReplaced: (article: Article) => void;
  register: (handle: OpenArticleHandle | null) => void;
  notify: (message: string) => void;
  /** The open library's path: unsaved-change backups belong to it. */
  libraryScope: string;
  inspectorShown: boolean;
  inspectorToggle: ReactNode;
  /** Unfold the inspector (a tab asked to be shown while it was folded away). */
  showInspector?: () => void;
}

function metadataOf(a: Article): ArticleMetadata {
  const { headline, dek, byline, dateline, slug, section, tags, status } = a;
  return { headline, dek, byline, dateline, slug, section, tags, status };
}

/** The article as edited here: its details, its autosave session and version keeper. */
function useEditedArticle(props: ArticleWorkspaceProps, editorRef: RefObject<LexicalEditor | null>) {
  const { article, onSaved, notify } = props;
  const [metadata, setMetadata] = useState<ArticleMetadata>(() => metadataOf(article));
  const sessionParts = useArticleSession({
    article,
    editorRef,
    libraryScope: props.libraryScope,
    notify,
    register: props.register,
    onSaved: (a, previous) => {
      // The library sends a ready story back to the desk when an edit adds a blocker.
      if (previous.status === "ready" && a.status === "in-edit")
        notify("Back to In edit: this change added a review blocker (see the Review tab).");
      // The library may have adjusted the slug (unique, tidied) or the status: show what it kept.
      setMetadata((m) =>
        m.slug === a.slug && m.status === a.status ? m : { ...m, slug: a.slug, status: a.status },
      );
      onSaved();
    },
    onRefused: (kept) => setMetadata((m) => ({ ...m, slug: kept.slug, status: kept.status })),
  });
  const { session, keeper } = sessionParts;

  const changeMetadata = useCallback(
    (changes: Partial<ArticleMetadata>) => {
      setMetadata((m) => ({ ...m, ...changes }));
      session.metadataChanged(changes);
      keeper.edited();
    },
    [session, keeper],
  );
  const onBodyChange = useCallback(() => {
    session.bodyChanged();
    keeper.edited();
  }, [session, keeper]);
  const flush = useCallback(() => session.flush(), [session]);
  const desk = useDeskWorkspace(article.id, editorRef, flush, notify, metadata, changeMetadata);
  return { ...sessionParts, metadata, changeMetadata: desk.changeMetadata, onBodyChange, desk };
}

/** The newsroom's buttons in the editor's toolbar. */
function StoryTools({ desk }: { desk: ReactNode }) {
  return (
    <>
      <QuoteTagButton />
      <CommentButton />
      <SuggestingSwitch />
      {desk}
    </>
  );
}

/** The newsroom plugins that ride on the body editor. */
function StoryPlugins() {
  return (
    <>
      <QuotePlugins />
      <ReviewPlugin />
      <SuggestionsFollowHistoryPlugin />
      <PlaceholderPlugin />
      <CommentsPlugin />
      <SuggestingPlugin />
      <SuggestionPopover />
    </>
  );
}

/** The body editor with the story's plugins; a desk story's edits go through the desk. */
function StoryEditor(props: {
  article: Article;
  editorRef: RefObject<LexicalEditor | null>;
  onBodyChange: () => void;
  onWordCount: (words: number) => void;
  desk: ReturnType<typeof useDeskWorkspace>;
}) {
  const { desk } = props;
  return (
    <Editor
      key={desk.editorKey}
      initialBody={props.article.body}
      editorRef={props.editorRef}
      onChange={props.onBodyChange}
      onWordCount={props.onWordCount}
      toolbarExtra={<StoryTools desk={desk.button} />}
      collaboration={desk.collaboration}
    >
      <StoryPlugins />
    </Editor>
  );
}

/** The newsroom's buttons at the end of the formatting toolbar. */
/** Bring an inspector tab forward, unfolding the inspector if it was folded away. */
function useShowTab(setTab: (id: string) => void, props: ArticleWorkspaceProps) {
  const { inspectorShown, showInspector } = props;
  return useCallback(
    (id: string) => {
      setTab(id);
      if (!inspectorShown) showInspector?.();
    },
    [setTab, inspectorShown, showInspector],
  );
}

/** The inspector tab last chosen: the next story opens on it (History for History, say). */
let lastTab = "details";
function useInspectorTab(): [string, (id: string) => void] {
  const [tab, setShown] = useState(lastTab);
  const setTab = useCallback((id: string) => {
    lastTab = id;
    setShown(id);
  }, []);
  return [tab, setTab];
}

export function ArticleWorkspace(props: ArticleWorkspaceProps) {
  const { article, onSaved, notify } = props;
  const editorRef = useRef<LexicalEditor | null>(null);
  const [words, setWords] = useState(article.wordCount);
  const [tab, setTab] = useInspectorTab();
  const { session, keeper, saved, accept, saveState, metadata, changeMetadata, onBodyChange, desk } =
    useEditedArticle(props, editorRef);

  const flush = useCallback(() => session.flush(), [session]);
  const showTab = useShowTab(setTab, props);
  const gate = usePublishGate(article.id, flush, accept, notify);
  const { keepVersion, saveVersion, trash, restore } = useArticleActions(article.id, session, keeper, {
    notify,
    onSaved,
    onTrashed: props.onTrashed,
    onReplaced: props.onReplaced,
  });

  const workspace: Workspace = useMemo(
    () => ({
      article: saved,
      metadata,
      changeMetadata,
      changeStatus: gate.changeStatus,
      editorRef,
      session,
      keepVersion,
      notify,
      libraryChanged: onSaved,
      showTab,
    }),
    [saved, metadata, changeMetadata, gate.changeStatus, session, keepVersion, notify, onSaved, showTab],
  );

  return (
    <WorkspaceContext.Provider value={workspace}>
      <main className="workspace" aria-label="Editor">
        <ArticleHead
          metadata={metadata}
          onChange={changeMetadata}
          editorRef={editorRef}
          autoFocus={article.headline === "" && !desk.readOnly}
          readOnly={desk.readOnly}
        />
        <StoryEditor
          article={article}
          editorRef={editorRef}
          onBodyChange={onBodyChange}
          onWordCount={setWords}
          desk={desk}
        />
        <StatusBar
          words={words}
          saveState={saveState}
          error={session.error}
          onSaveVersion={() => void saveVersion()}
        />
      </main>
      {props.inspectorShown ? (
        <ArticleInspector
          tab={tab}
          onTab={setTab}
          toggle={props.inspectorToggle}
          saved={saved}
          metadata={metadata}
          onChange={changeMetadata}
          onStatus={gate.changeStatus}
          onTrash={trash}
          onRestore={restore}
        />
      ) : (
        <div className="panel-rail">{props.inspectorToggle}</div>
      )}
      {gate.dialog}
      <ExportDialog />
    </WorkspaceContext.Provider>
  );
}
