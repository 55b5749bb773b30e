// The open article's autosave session and version keeper, and the handle App uses to
// leave the article. One session per article; the workspace remounts for another.
import type { LexicalEditor } from "lexical";
import {
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { Article } from "../../shared/api/schemas.ts";
import { ArticleSession } from "../workspace/articleSession.ts";
import type { OpenArticleHandle } from "../workspace/openArticleHandle.ts";
import { VersionKeeper } from "../workspace/versionKeeper.ts";
import { client } from "../client/index.ts";
import { serializeBody } from "../editor/serializeBody.ts";

export interface SessionOptions {
  article: Article;
  editorRef: RefObject<LexicalEditor | null>;
  libraryScope: string;
  notify: (message: string) => void;
  /** The library saved the article (the session's save, or a status change). */
  onSaved: (saved: Article, previous: Article) => void;
  /** The library refused some details for good and kept these. */
  onRefused: (kept: Article) => void;
  register: (handle: OpenArticleHandle | null) => void;
}

/** Tell App how to leave this article; on unmount, save what is left and stop. */
function useLeaveHandle(
  articleId: string,
  session: ArticleSession,
  keeper: VersionKeeper,
  register: (handle: OpenArticleHandle | null) => void,
) {
  useEffect(() => {
    register({
      articleId,
      leave: async () => {
        if (!(await session.flush())) return false;
        await keeper.keep("Before switching stories").catch(() => false);
        return true;
      },
      backup: () => {
        session.backup();
        void session.flush();
      },
    });
    return () => {
      void session.flush();
      register(null);
      keeper.dispose();
      session.dispose();
    };
  }, [session, keeper, articleId, register]);
}

export function useArticleSession({
  article,
  editorRef,
  libraryScope,
  notify,
  onSaved,
  onRefused,
  register,
}: SessionOptions) {
  const [saved, setSaved] = useState(article);
  const savedRef = useRef(saved);
  savedRef.current = saved;
  const callbacks = useRef({ onSaved, onRefused, notify });
  callbacks.current = { onSaved, onRefused, notify };

  const session = useMemo(
    () =>
      new ArticleSession(article, {
        client,
        scope: libraryScope,
        readBody: () => (editorRef.current ? serializeBody(editorRef.current.getEditorState()) : null),
        events: {
          saved: (a) => acceptRef.current(a),
          refused: (message) => {
            callbacks.current.onRefused(savedRef.current);
            callbacks.current.notify(message);
          },
        },
      }),
    // One session per article.
    [article.id],
  );
  const keeper = useMemo(
    () =>
      new VersionKeeper({
        flush: () => session.flush(),
        checkpoint: (reason) => client["articles.checkpoint"]({ id: article.id, reason }),
      }),
    [session, article.id],
  );

  /** A version of the article the library saved: the new base for the next save. */
  const accept = useCallback(
    (a: Article) => {
      session.adopt(a);
      const previous = savedRef.current;
      savedRef.current = a;
      setSaved(a);
      callbacks.current.onSaved(a, previous);
    },
    [session],
  );
  const acceptRef = useRef(accept);
  acceptRef.current = accept;

  useLeaveHandle(article.id, session, keeper, register);

  const saveState = useSyncExternalStore(
    useCallback((cb) => session.subscribe(cb), [session]),
    () => session.saveState,
  );

  return { session, keeper, saved, accept, saveState };
}
