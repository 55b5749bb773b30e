// Test helper: a real web host over a real library in a temp folder, and raw HTTP
// requests so a test controls Host, Origin and Cookie exactly as an attacker could.
import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { exportRoot } from "../library/exportFolders.ts";
import { openLibrary, type OpenLibrary } from "../library/index.ts";
import { tempLibraryPath } from "../library/libraryFile.test-support.ts";
import { startWebHost, type WebHost } from "./server.ts";

export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface TestHost {
  host: WebHost;
  library: OpenLibrary;
  /** The folder beside the library (also holds the built renderer and a secret file). */
  dir: string;
  send(path: string, options?: RequestOptions): Promise<Reply>;
  /** Open the printed address as a browser would; the Cookie header it earns. */
  signIn(): Promise<string>;
  /** A call with the session cookie and our own origin (override either in `headers`). */
  call(name: string, input: unknown, headers?: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
}

/** The host's export root is `exports` beside the library. */
export async function startTestHost(): Promise<TestHost> {
  const lib = tempLibraryPath();
  const dir = join(lib.path, "..");
  const library = openLibrary(lib.path, { exportFolders: exportRoot(join(dir, "exports")) });
  const rendererDir = join(dir, "renderer");
  mkdirSync(join(rendererDir, "assets"), { recursive: true });
  writeFileSync(join(rendererDir, "index.html"), "<html><head><title>Copydesk</title></head></html>");
  writeFileSync(join(rendererDir, "assets", "app.js"), "console.log('app')");
  writeFileSync(join(dir, "secret.txt"), "not for the web");
  const host = await startWebHost({ dispatch: library.dispatch, rendererDir });
  const port = new URL(host.url).port;
  const origin = host.url.slice(0, -1);

  const send = (path: string, options: RequestOptions = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers },
        (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      // A server that answers before reading everything (413) may close while we still write.
      req.on("error", (error) => (req.destroyed && req.writableFinished ? undefined : reject(error)));
      req.end(options.body);
    });

  let cookie: string | null = null;
  const signIn = async () => {
    if (cookie) return cookie;
    const opened = await send(new URL(host.launchUrl).pathname + new URL(host.launchUrl).search);
    const setCookie = opened.headers["set-cookie"]?.[0];
    if (opened.status !== 303 || !setCookie) throw new Error(`sign-in failed: ${opened.status}`);
    cookie = setCookie.split(";")[0]!;
    return cookie;
  };

  const call = async (name: string, input: unknown, headers: Record<string, string> = {}) =>
    send(`/api/${name}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, cookie: await signIn(), ...headers },
      body: JSON.stringify(input),
    });

  return {
    host,
    library,
    dir,
    send,
    signIn,
    call,
    close: async () => {
      await host.close();
      library.close();
      lib.cleanup();
    },
  };
}
