// The provider a desk story's editor syncs through: Hocuspocus over the desk's WebSocket, in
// the shape Lexical's CollaborationPlugin expects. The story's Yjs state kept in the library is
// applied when the plugin connects (after its binding exists, so the editor shows it), which
// is what lets a desk story open and edit with no connection; every update, local or from the
// desk, goes back into the library.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import type { Provider } from "@lexical/yjs";
import * as Y from "yjs";
import { storyDocumentName } from "../../shared/desk/documents.ts";
import { client } from "../client/index.ts";
import { fromBase64, toBase64 } from "./deskBytes.ts";

export interface DeskStoryOptions {
  address: string;
  token: string;
  articleId: string;
  storyId: string;
  /** The state kept in the library (base64), or null when this desktop has none yet. */
  stored: string | null;
  /** This desktop seeds the story from its own body (it put the story on the desk). */
  seedsLocally: boolean;
  onError: (message: string) => void;
  /** What the desk lets this token do, once it has signed in: a read-only token only reads. */
  onScope?: (scope: "read-write" | "readonly") => void;
}

/** Where the library is told of a story's updates: batched, so typing makes few calls. */
function libraryKeeper(articleId: string, onError: (m: string) => void) {
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const update = Y.mergeUpdates(pending);
    pending = [];
    client["deskSync.saveState"]({ articleId, update: toBase64(update) }).catch((e: Error) =>
      onError(e.message),
    );
  };
  const keep = (update: Uint8Array) => {
    pending.push(update);
    timer ??= setTimeout(flush, 300);
  };
  return { keep, flush };
}

type SyncListener = (isSynced: boolean) => void;

export function createDeskStoryProvider(
  doc: Y.Doc,
  options: DeskStoryOptions,
): Provider & { destroy(): void } {
  const socket = new HocuspocusProviderWebsocket({
    url: options.address,
    autoConnect: false,
    maxDelay: 5000,
  });
  const hocuspocus = new HocuspocusProvider({
    websocketProvider: socket,
    name: storyDocumentName(options.storyId),
    document: doc,
    token: options.token,
    onAuthenticationFailed: () =>
      options.onError("The desk refused this library's token (Desk… to join again)."),
    onAuthenticated: ({ scope }) => options.onScope?.(scope),
  });
  const keeper = libraryKeeper(options.articleId, options.onError);
  doc.on("update", keeper.keep);
  window.addEventListener("pagehide", keeper.flush);
  const syncListeners = new Set<SyncListener>();
  const onSynced = ({ state }: { state: boolean }) => syncListeners.forEach((l) => l(state));
  hocuspocus.on("synced", onSynced);
  let loaded = false;
  return {
    awareness: hocuspocus.awareness!,
    connect() {
      if (!loaded) {
        loaded = true;
        if (options.stored) Y.applyUpdate(doc, fromBase64(options.stored), "library");
        // Local first: a kept state, or the body this desktop seeds, is there without the desk.
        if (options.stored || options.seedsLocally) syncListeners.forEach((l) => l(true));
      }
      hocuspocus.attach();
      void socket.connect();
    },
    disconnect() {
      socket.disconnect();
    },
    on(type: string, listener: unknown) {
      if (type === "sync") syncListeners.add(listener as SyncListener);
      else if (type === "status") socket.on("status", listener as (e: { status: string }) => void);
    },
    off(type: string, listener: unknown) {
      if (type === "sync") syncListeners.delete(listener as SyncListener);
      else if (type === "status") socket.off("status", listener as (e: { status: string }) => void);
    },
    destroy() {
      keeper.flush();
      window.removeEventListener("pagehide", keeper.flush);
      doc.off("update", keeper.keep);
      hocuspocus.destroy();
      socket.destroy();
    },
  } as unknown as Provider & { destroy(): void };
}
