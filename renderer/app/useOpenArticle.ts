// Which article is open, and moving between articles: opening, creating, and leaving one
// (its changes saved, a version kept, and an untouched New Article dropped). The open
// story is remembered per library, so a reload or the next launch opens it again.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Article } from "../../shared/api/schemas.ts";
import { client } from "../client/index.ts";
import type { OpenArticleHandle } from "../workspace/openArticleHandle.ts";
import { lastOpenArticle, rememberOpenArticle } from "./preferences.ts";

const NOT_SAVED_YET =
  "The last changes could not be saved yet; they are kept and will be saved when Copydesk next opens.";

/**
 * Moves run one after another: a second click (New Article twice, then a story) waits for
 * the first move to finish, so no story is shown without the one before it being left.
 */
function useInTurn(notify: (m: string) => void) {
  const moves = useRef<Promise<void>>(Promise.resolve());
  return useCallback(
    (move: () => Promise<void>) => {
      const next = moves.current.then(move).catch((error: Error) => notify(error.message));
      moves.current = next;
      return next;
    },
    [notify],
  );
}

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

  const inTurn = useInTurn(notify);
  /** Leaves the open story: its last changes saved, and dropped if nobody wrote in it. */
  const leaveCurrent = useCallback(async () => {
    const id = openId.current;
    if (id === null) return;
    // The story shown a moment ago may not have registered its handle yet: it has no edits.
    const current = handle.current?.articleId === id ? handle.current : null;
    if (current && !(await current.leave())) {
      notify(NOT_SAVED_YET);
      return;
    }
    // A New Article nobody wrote in is not worth a place in the library (the host checks).
    const { discarded } = await client["articles.discardUntouched"]({ id }).catch(() => ({
      discarded: false,
    }));
    if (discarded) libraryChanged();
  }, [notify, libraryChanged]);

  const open = useCallback(
    (id: string) =>
      inTurn(async () => {
        if (openId.current === id) return; // already open: keep the editor and its undo history
        await leaveCurrent();
        show(await client["articles.get"]({ id }));
      }),
    [inTurn, leaveCurrent, show],
  );

  const create = useCallback(
    () =>
      inTurn(async () => {
        await leaveCurrent();
        show(await client["articles.create"]({}));
        libraryChanged();
      }),
    [inTurn, leaveCurrent, show, libraryChanged],
  );

  // Once the library is known: open what was open last time, if it is still there.
  useEffect(() => {
    if (scope === null) return;
    const id = lastOpenArticle(scope);
    if (!id) return;
    // In turn with the user's own moves: a story clicked meanwhile is not replaced.
    void inTurn(async () => {
      const a = await client["articles.get"]({ id }).catch(() => null);
      if (!a || a.deletedAt) rememberOpenArticle(scope, null);
      else if (openId.current === null) show(a); // unless the user was quicker
    });
  }, [scope, show, inTurn]);

  const register = useCallback((h: OpenArticleHandle | null) => {
    handle.current = h;
  }, []);

  return { article, generation, handle, open, create, show, register };
}
