// The loopback web host: the built renderer and the library service over HTTP, for any
// browser on this machine. Calls are POST /api/<call name> with a JSON body and answer
// with the same envelope the Electron bridge uses.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import type { Dispatch } from "../library/dispatch.ts";
import { CONTENT_SECURITY_POLICY, callAllowed, hostAllowed, newToken } from "./security.ts";

const MAX_BODY_BYTES = 32 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

export interface WebHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    "content-type": type,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = newToken();
  let port = 0;
  const indexHtml = async () =>
    (await readFile(join(options.rendererDir, "index.html"), "utf8")).replace(
      '<meta name="copydesk-token" content="" />',
      `<meta name="copydesk-token" content="${token}" />`,
    );

  const handleCall = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (!callAllowed(req, port, token)) {
      send(
        res,
        403,
        "application/json",
        JSON.stringify({ ok: false, error: { code: "refused", message: "Forbidden" } }),
      );
      return;
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text ? JSON.parse(text) : {};
    } catch {
      const error = { code: "bad-input", message: "The request was not valid JSON or was too large." };
      send(res, 400, "application/json", JSON.stringify({ ok: false, error }));
      return;
    }
    send(res, 200, "application/json", JSON.stringify(await options.dispatch(name, input)));
  };

  const handleFile = async (res: ServerResponse, urlPath: string) => {
    const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, "");
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep) || relative === "" || relative === "index.html") {
      send(res, 200, CONTENT_TYPES[".html"], await indexHtml());
      return;
    }
    try {
      send(res, 200, CONTENT_TYPES[extname(file)] ?? "application/octet-stream", await readFile(file));
    } catch {
      send(res, 404, "text/plain; charset=utf-8", "Not found");
    }
  };

  const server = createServer((req, res) => {
    if (!hostAllowed(req, port)) {
      send(res, 421, "text/plain; charset=utf-8", "Wrong host");
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const work =
      req.method === "POST" && url.pathname.startsWith("/api/")
        ? handleCall(req, res, url.pathname.slice("/api/".length))
        : req.method === "GET"
          ? handleFile(res, url.pathname)
          : Promise.resolve(send(res, 405, "text/plain; charset=utf-8", "Method not allowed"));
    work.catch(() => {
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "Internal error");
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
