// The main window: library on the left, the open article in the middle, the inspector
// on the right (either side panel can be folded away). App-wide commands land here.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { ArticleWorkspace } from "../article/ArticleWorkspace.tsx";
import { client } from "../client/index.ts";
import { LibraryPanel } from "../library/LibraryPanel.tsx";
import { recoverUnsavedChanges } from "../workspace/articleSession.ts";
import { emitCommand } from "../workspace/commands.ts";
import { PanelToggle } from "./PanelRail.tsx";
import { SettingsHost } from "../settings/SettingsDialog.tsx";
import type { OpenArticleHandle } from "../workspace/openArticleHandle.ts";
import { useOpenArticle } from "./useOpenArticle.ts";
import { usePanels } from "./usePanels.ts";
import { useShortcuts } from "./useShortcuts.ts";

/** Changes a previous window could not save are written back before anything opens. */
function useLibraryScope(notify: (m: string) => void): string | null {
  const [scope, setScope] = useState<string | null>(null);
  useEffect(() => {
    let path = "";
    client["library.info"]({})
      .then(async (info) => {
        path = info.path;
        const n = await recoverUnsavedChanges(client, info.path);
        if (n) notify(`Recovered unsaved changes in ${n} article${n > 1 ? "s" : ""}.`);
      })
      .catch((error: Error) => notify(error.message))
      .finally(() => setScope(path));
  }, [notify]);
  return scope;
}

/** A short message in the toast, gone after five seconds. */
function useToast() {
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(""), 5000);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, setMessage] as const;
}

/** A source's page asks to open an article where that source is quoted. */
function useOpenRequests(open: (id: string) => Promise<void>) {
  useEffect(() => {
    const onOpen = (e: Event) => void open((e as CustomEvent<{ articleId: string }>).detail.articleId);
    window.addEventListener("copydesk:open-article", onOpen);
    return () => window.removeEventListener("copydesk:open-article", onOpen);
  }, [open]);
}

/** Going away (reload, close, tab hidden): keep what is not saved yet. */
function useKeepOnLeaving(handle: RefObject<OpenArticleHandle | null>) {
  useEffect(() => {
    const keep = () => handle.current?.backup();
    const onHidden = () => document.visibilityState === "hidden" && keep();
    window.addEventListener("pagehide", keep);
    window.addEventListener("beforeunload", keep);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", keep);
      window.removeEventListener("beforeunload", keep);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [handle]);
}

/** Commands from the keyboard and the menu; those about the open article go on to it. */
function useAppCommands(
  create: () => Promise<void>,
  { layout, toggle }: ReturnType<typeof usePanels>,
  searchRef: RefObject<HTMLInputElement | null>,
) {
  const runCommand = useCallback(
    (command: string) => {
      if (command === "new-article") void create();
      else if (command === "find") {
        if (!layout.library) toggle("library");
        setTimeout(() => searchRef.current?.focus());
      } else if (command === "toggle-library") toggle("library");
      else if (command === "toggle-inspector") toggle("inspector");
      else emitCommand(command); // save-version, export: the open article handles them
    },
    [create, layout.library, toggle, searchRef],
  );
  useShortcuts(runCommand);
}

/** Unfold the inspector when a tab asks to be seen (a stable function while the layout stays). */
function useShowInspector({ layout, toggle }: ReturnType<typeof usePanels>) {
  return useCallback(() => {
    if (!layout.inspector) toggle("inspector");
  }, [layout.inspector, toggle]);
}

export function App() {
  const [message, notify] = useToast();
  const [libraryVersion, setLibraryVersion] = useState(0);
  const refreshLibrary = useCallback(() => setLibraryVersion((v) => v + 1), []);
  const scope = useLibraryScope(notify);
  const { article, generation, handle, open, create, show, register } = useOpenArticle(
    scope,
    notify,
    refreshLibrary,
  );
  const panels = usePanels();
  const { layout, toggle } = panels;
  const searchRef = useRef<HTMLInputElement | null>(null);

  useOpenRequests(open);
  useKeepOnLeaving(handle);

  useAppCommands(create, panels, searchRef);
  const showInspector = useShowInspector(panels);

  if (scope === null) return <div className="app loading">Opening the library…</div>;

  const libraryToggle = (
    <PanelToggle panel="library" shown={layout.library} onToggle={() => toggle("library")} />
  );
  const inspectorToggle = (
    <PanelToggle panel="inspector" shown={layout.inspector} onToggle={() => toggle("inspector")} />
  );
  return (
    <div className={`app${layout.library ? "" : " no-library"}${layout.inspector ? "" : " no-inspector"}`}>
      {layout.library ? (
        <LibraryPanel
          selectedId={article?.id ?? null}
          version={libraryVersion}
          onSelect={open}
          onNew={create}
          onChanged={refreshLibrary}
          searchRef={searchRef}
          toggle={libraryToggle}
        />
      ) : (
        <div className="panel-rail">{libraryToggle}</div>
      )}
      {article ? (
        <ArticleWorkspace
          key={`${article.id}:${generation}`}
          article={article}
          onSaved={refreshLibrary}
          notify={notify}
          libraryScope={scope}
          onTrashed={() => {
            show(null);
            refreshLibrary();
          }}
          onReplaced={(a) => {
            show(a);
            refreshLibrary();
          }}
          register={register}
          inspectorShown={layout.inspector}
          inspectorToggle={inspectorToggle}
          showInspector={showInspector}
        />
      ) : (
        <main className="workspace empty">
          <p>Open an article from the library, or start a new one.</p>
          <button type="button" className="primary" onClick={create}>
            New Article
          </button>
        </main>
      )}
      <SettingsHost />
      {message && (
        <div role="status" className="toast">
          {message}
        </div>
      )}
    </div>
  );
}
