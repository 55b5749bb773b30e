// The open article's length settings (word target, headline and dek limits), shared by the
// status bar, the counters under headline and dek, and the Style tab. Keyed by the workspace's
// session, so it lives exactly as long as the open article.
import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { LengthSettings } from "../../../shared/api/deskContract.ts";
import { DEFAULT_LIMITS } from "../../../shared/article/length.ts";
import { client } from "../../client/index.ts";
import { useWorkspace } from "../../workspace/WorkspaceContext.tsx";

const INITIAL: LengthSettings = { target: null, limits: { ...DEFAULT_LIMITS } };

class LengthStore {
  state = INITIAL;
  loaded = false;
  private readonly listeners = new Set<() => void>();
  get = () => this.state;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(state: LengthSettings) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<object, LengthStore>();

/** The length settings, loaded once per open article, and a way to change them. */
export function useLength(): [LengthSettings, (change: () => Promise<LengthSettings>) => Promise<boolean>] {
  const { session, article, notify } = useWorkspace();
  let store = stores.get(session);
  if (!store) {
    store = new LengthStore();
    stores.set(session, store);
  }
  const current = store;
  const state = useSyncExternalStore(current.subscribe, current.get);
  useEffect(() => {
    if (current.loaded) return;
    current.loaded = true;
    client["length.get"]({ articleId: article.id }).then(
      (s) => current.set(s),
      (error: Error) => notify(error.message),
    );
  }, [current, article.id, notify]);
  const change = useCallback(
    async (work: () => Promise<LengthSettings>) => {
      try {
        current.set(await work());
        return true;
      } catch (error) {
        notify((error as Error).message);
        return false;
      }
    },
    [current, notify],
  );
  return [state, change];
}
