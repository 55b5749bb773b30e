// Which article is open, and moving between articles: opening, creating, and leaving one
// (its changes saved, a version kept, and an untouched New Article dropped). The open
// story is remembered per library, so a reload or the next launch opens it again.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Article } from "../../shared/api/schemas.ts";
import { client } from "../client/index.ts";
import type { OpenArticleHandle } from "../workspace/openArticleHandle.ts";
import { lastOpenArticle, rememberOpenArticle } from "./preferences.ts";

export function useOpenArticle(
  scope: string | null,
  notify: (m: string) => void,
  libraryChanged: () => void,
) {
  const [article, setArticle] = useState<Article | null>(null);
  /** Changes when the open article is replaced wholesale (restore), to remount the editor. */
  const [generation, setGeneration] = useState(0);
  const handle = useRef<OpenArticleHandle | null>(null);
  const openId = useRef<string | null>(null);

  const show = useCallback(
    (next: Article | null) => {
      openId.current = next?.id ?? null;
      setArticle(next);
      setGeneration((g) => g + 1);
      if (scope !== null) rememberOpenArticle(scope, next?.id ?? null);
    },
    [scope],
  );

  const leaveCurrent = useCallback(async () => {
    const current = handle.current;
    if (!current) return;
    if (!(await current.leave())) {
      notify(
        "The last changes could not be saved yet; they are kept and will be saved when Copydesk next opens.",
      );
      return;
    }
    // A New Article nobody wrote in is not worth a place in the library.
    const { discarded } = await client["articles.discardUntouched"]({ id: current.articleId }).catch(() => ({
      discarded: false,
    }));
    if (discarded) libraryChanged();
  }, [notify, libraryChanged]);

  const open = useCallback(
    async (id: string) => {
      if (openId.current === id) return; // already open: keep the editor and its undo history
      await leaveCurrent();
      try {
        show(await client["articles.get"]({ id }));
      } catch (error) {
        notify((error as Error).message);
      }
    },
    [leaveCurrent, show, notify],
  );

  const create = useCallback(async () => {
    await leaveCurrent();
    show(await client["articles.create"]({}));
    libraryChanged();
  }, [leaveCurrent, show, libraryChanged]);

  // Once the library is known: open what was open last time, if it is still there.
  useEffect(() => {
    if (scope === null) return;
    const id = lastOpenArticle(scope);
    if (!id) return;
    client["articles.get"]({ id }).then(
      (a) => {
        if (a.deletedAt) rememberOpenArticle(scope, null);
        else if (openId.current === null) show(a); // unless the user was quicker
      },
      () => rememberOpenArticle(scope, null),
    );
  }, [scope, show]);

  const register = useCallback((h: OpenArticleHandle | null) => {
    handle.current = h;
  }, []);

  return { article, generation, handle, open, create, show, register };
}
