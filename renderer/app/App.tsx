// The main window: library on the left, the open article in the middle, the inspector
// on the right. App-wide shortcuts and menu commands are handled here.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Article } from "../../shared/api/schemas.ts";
import { ArticleWorkspace } from "../article/ArticleWorkspace.tsx";
import { bridge, client } from "../client/index.ts";
import { LibraryPanel } from "../library/LibraryPanel.tsx";
import { type ArticleSession, recoverUnsavedChanges } from "./articleSession.ts";
import { emitCommand } from "./commands.ts";

export function App() {
  const [article, setArticle] = useState<Article | null>(null);
  /** Changes when the open article is replaced wholesale (restore), to remount the editor. */
  const [generation, setGeneration] = useState(0);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [message, setMessage] = useState("");
  const [ready, setReady] = useState(false);
  /** The open library's path, which scopes unsaved-change backups. */
  const [libraryScope, setLibraryScope] = useState("");
  const session = useRef<ArticleSession | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const refreshLibrary = useCallback(() => setLibraryVersion((v) => v + 1), []);
  const registerSession = useCallback((s: ArticleSession | null) => {
    session.current = s;
  }, []);

  const leaveCurrent = useCallback(async () => {
    if (session.current && !(await session.current.flush())) {
      setMessage(
        "The last changes could not be saved yet; they are kept and will be saved when Copydesk next opens.",
      );
    }
  }, []);

  const open = useCallback(
    async (id: string) => {
      await leaveCurrent();
      try {
        setArticle(await client["articles.get"]({ id }));
        setGeneration((g) => g + 1);
      } catch (error) {
        setMessage((error as Error).message);
      }
    },
    [leaveCurrent],
  );

  const create = useCallback(async () => {
    await leaveCurrent();
    const created = await client["articles.create"]({});
    setArticle(created);
    setGeneration((g) => g + 1);
    refreshLibrary();
  }, [refreshLibrary, leaveCurrent]);

  const checkpoint = useCallback(async () => {
    const current = session.current;
    if (!current) return;
    if (!(await current.flush())) return setMessage(`Version not saved: ${current.error}`);
    await client["articles.checkpoint"]({ id: current.articleId });
    refreshLibrary();
    setMessage("Version saved in History.");
  }, [refreshLibrary]);

  // A source's page asks to open an article where that source is quoted.
  useEffect(() => {
    const onOpen = (e: Event) => void open((e as CustomEvent<{ articleId: string }>).detail.articleId);
    window.addEventListener("copydesk:open-article", onOpen);
    return () => window.removeEventListener("copydesk:open-article", onOpen);
  }, [open]);

  // Changes a previous window could not save are written back before anything opens.
  useEffect(() => {
    client["library.info"]({})
      .then(async (info) => {
        setLibraryScope(info.path);
        const n = await recoverUnsavedChanges(client, info.path);
        if (n) setMessage(`Recovered unsaved changes in ${n} article${n > 1 ? "s" : ""}.`);
      })
      .catch((error: Error) => setMessage(error.message))
      .finally(() => setReady(true));
  }, []);

  // Going away (reload, close, tab hidden): keep what is not saved yet.
  useEffect(() => {
    const keep = () => {
      session.current?.backup();
      void session.current?.flush();
    };
    const onHidden = () => document.visibilityState === "hidden" && keep();
    window.addEventListener("pagehide", keep);
    window.addEventListener("beforeunload", keep);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", keep);
      window.removeEventListener("beforeunload", keep);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, []);

  // Shortcuts that work in the browser too; in Electron the menu sends the same commands.
  const runCommand = useCallback(
    (command: string) => {
      if (command === "new-article") void create();
      else if (command === "save-version") void checkpoint();
      else if (command === "find") searchRef.current?.focus();
      else emitCommand(command);
    },
    [create, checkpoint],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === "s" && !e.shiftKey) {
        e.preventDefault();
        runCommand("save-version");
      } else if (key === "f" && e.shiftKey) {
        e.preventDefault();
        runCommand("find");
      } else if (key === "e" && !e.shiftKey) {
        e.preventDefault();
        runCommand("export");
      } else if (key === "n" && e.altKey) {
        e.preventDefault();
        runCommand("new-article");
      }
    };
    window.addEventListener("keydown", onKey);
    const offMenu = bridge?.onMenuCommand(runCommand);
    return () => {
      window.removeEventListener("keydown", onKey);
      offMenu?.();
    };
  }, [runCommand]);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(""), 5000);
    return () => clearTimeout(timer);
  }, [message]);

  if (!ready) return <div className="app loading">Opening the library…</div>;

  return (
    <div className="app">
      <LibraryPanel
        selectedId={article?.id ?? null}
        version={libraryVersion}
        onSelect={open}
        onNew={create}
        onChanged={refreshLibrary}
        searchRef={searchRef}
      />
      {article ? (
        <ArticleWorkspace
          key={`${article.id}:${generation}`}
          article={article}
          onSaved={refreshLibrary}
          notify={setMessage}
          libraryScope={libraryScope}
          onTrashed={() => {
            setArticle(null);
            refreshLibrary();
          }}
          onReplaced={(a) => {
            setArticle(a);
            setGeneration((g) => g + 1);
            refreshLibrary();
          }}
          registerSession={registerSession}
        />
      ) : (
        <main className="workspace empty">
          <p>Open an article from the library, or start a new one.</p>
          <button type="button" className="primary" onClick={create}>
            New Article
          </button>
        </main>
      )}
      {message && (
        <div role="status" className="toast">
          {message}
        </div>
      )}
    </div>
  );
}
