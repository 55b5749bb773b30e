// The desk server: Hocuspocus keeping every desk document (the desk index and each story) in
// the desk's SQLite file, letting in only editors with a live token, and, with Redis, sharing
// its documents with the other server processes of the same desk.
import { Database } from "@hocuspocus/extension-database";
import { Redis } from "@hocuspocus/extension-redis";
import { type Extension, Server } from "@hocuspocus/server";
import type { AddressInfo } from "node:net";
import {
  appendUpdate,
  type DeskDatabase,
  fetchDocument,
  openDeskDatabase,
  storeDocument,
} from "./deskDatabase.ts";
import { isDeskDocumentName } from "../../shared/desk/documents.ts";
import { deskIndexKeeper } from "./deskIndex.ts";
import { editorForToken } from "./editors.ts";

export interface DeskServerOptions {
  dataDir: string;
  port: number;
  /** Loopback by default; a reverse proxy in front does TLS (README). */
  host?: string;
  /** Several server processes share documents through one Redis. */
  redis?: { host: string; port: number };
  /** Milliseconds before a changed document's whole state is written (updates are kept at once). */
  storeDelay?: number;
}

export interface DeskServer {
  port: number;
  url: string;
  db: DeskDatabase;
  close(): Promise<void>;
}

/** Who is connected, as onAuthenticate found them; Hocuspocus keeps it as the context. */
export interface DeskContext {
  editor: string;
  role: "editor" | "read-only";
}

/**
 * Every update is appended to the desk file inside the Yjs transaction that applies it, so it
 * is on disk before Hocuspocus sends the client its "synced" acknowledgement.
 */
function durableUpdates(db: DeskDatabase): Extension {
  return {
    extensionName: "copydesk-durable-updates",
    async afterLoadDocument({ document, documentName }) {
      document.on("update", (update: Uint8Array) => appendUpdate(db, documentName, update));
    },
  };
}

function authentication(db: DeskDatabase): Extension {
  return {
    extensionName: "copydesk-editors",
    async onAuthenticate({ token, documentName, connectionConfig }): Promise<DeskContext> {
      if (!isDeskDocumentName(documentName)) throw new Error("No such desk document.");
      const editor = editorForToken(db, token);
      if (!editor) throw new Error("This token is not (or no longer) on the desk.");
      connectionConfig.readOnly = editor.role === "read-only";
      return { editor: editor.name, role: editor.role };
    },
  };
}

function persistence(db: DeskDatabase): Extension {
  return new Database({
    fetch: async ({ documentName }) => fetchDocument(db, documentName),
    store: async ({ documentName, state }) => storeDocument(db, documentName, state),
  });
}

export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const db = openDeskDatabase(options.dataDir);
  const extensions: Extension[] = [
    authentication(db),
    persistence(db),
    durableUpdates(db),
    deskIndexKeeper(),
  ];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));
  const server = new Server({
    name: `copydesk-desk-${process.pid}`,
    port: options.port,
    address: options.host ?? "127.0.0.1",
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDelay ?? 2000,
    maxDebounce: 10_000,
    extensions,
  });
  await server.listen();
  const { port } = server.httpServer.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  return {
    port,
    url: `ws://${host.includes(":") ? `[${host}]` : host}:${port}`,
    db,
    async close() {
      await server.destroy();
      db.close();
    },
  };
}
