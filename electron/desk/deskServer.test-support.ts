// Test support: the real desk server as a separate process (the `copydesk desk-server`
// command, so it can be killed with SIGKILL), and real Hocuspocus providers connecting to it
// over loopback with `ws`.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const COPYDESK = join(PROJECT_ROOT, "electron/cli/copydesk.js");

export interface DeskProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGKILL: no shutdown hook runs, nothing debounced gets written. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Issue an editor's token through the admin command. */
export function addEditor(dataDir: string, name: string, readOnly = false): string {
  const args = [COPYDESK, "desk-server", "add-editor", name, "--data", dataDir, "--json"];
  if (readOnly) args.push("--read-only");
  const result = spawnSync(process.execPath, args, { encoding: "utf8", cwd: PROJECT_ROOT });
  if (result.status !== 0) throw new Error(`add-editor failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { token: string }).token;
}

export function deskCommand(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [COPYDESK, "desk-server", ...args, "--data", dataDir], {
    encoding: "utf8",
    cwd: PROJECT_ROOT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once("exit", () => done()));
}

/** Start `copydesk desk-server` on a free loopback port and wait for its address. */
export async function startDeskProcess(
  dataDir: string,
  extra: string[] = [],
  port = 0,
): Promise<DeskProcess> {
  const child = spawn(
    process.execPath,
    [COPYDESK, "desk-server", "--port", String(port), "--data", dataDir, ...extra],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((ok, fail) => {
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /Desk server at (ws:\/\/\S+)/.exec(stdout);
      if (found) ok(found[1]);
    });
    child.once("exit", (code) => fail(new Error(`desk-server exited (${code}): ${stderr}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    child,
    async kill() {
      child.kill("SIGKILL");
      await exited(child);
    },
    async stop() {
      child.kill("SIGTERM");
      await exited(child);
    },
  };
}

export interface Editor {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  close(): void;
}

/** A provider for one desk document, with its own Y.Doc (optionally one already edited). */
export function connectEditor(url: string, name: string, token: string, doc = new Y.Doc()): Editor {
  // Reconnect quickly after a test restarts the server (minDelay bounds the jitter from below).
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 50,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  provider.attach();
  return {
    doc,
    provider,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once the server has acknowledged every change made so far. */
export function acknowledged(provider: HocuspocusProvider): Promise<void> {
  return new Promise((done) => {
    const check = () => {
      if (provider.isSynced && !provider.hasUnsyncedChanges) {
        provider.off("unsyncedChanges", check);
        provider.off("synced", check);
        done();
      }
    };
    provider.on("unsyncedChanges", check);
    provider.on("synced", check);
    check();
  });
}

/** Resolves when the check holds on the document (checked on every update). */
export function until(doc: Y.Doc, holds: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((done) => {
    const check = () => {
      if (holds(doc)) {
        doc.off("update", check);
        done();
      }
    };
    doc.on("update", check);
    check();
  });
}

/** Resolves with the reason when the server refuses the token. */
export function refusal(provider: HocuspocusProvider): Promise<string> {
  return new Promise((done) =>
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => done(reason)),
  );
}
