// The loopback web host: the built renderer and the library service over HTTP, for the
// browser that opened this launch's printed address. Like a notebook server, the address
// carries a one-time token; opening it trades the token for an HttpOnly, SameSite=Strict
// session cookie and redirects to the clean address. Every request without that cookie
// (the page, its assets and the API alike) is refused, and the token is never served.
// Calls are POST /api/<call name> with a JSON body and answer with the envelope the
// Electron bridge uses, under a status code that says whose mistake an error was.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import type { Dispatch } from "../library/dispatch.ts";
import { contentTypeFor } from "./contentTypes.ts";
import { HTML, JSON_TYPE, readBody, send, sendError, TEXT } from "./http.ts";
import {
  hostAllowed,
  LAUNCH_TOKEN_PARAM,
  newSecret,
  originAllowed,
  sameSecret,
  contentSecurityPolicy,
  sessionCookie,
  sessionFrom,
} from "./security.ts";

/** Above the contract's own limits (a long story with its body as JSON), far below harm. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

export interface WebHost {
  /** The clean address, which answers only a browser holding the session cookie. */
  url: string;
  /** The address to print: it carries the one-time launch token. */
  launchUrl: string;
  close(): Promise<void>;
}

const SIGN_IN_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Copydesk</title>
<p>This Copydesk needs the address that <code>copydesk serve</code> printed when it started.
That address works once; to open Copydesk in another browser, start <code>copydesk serve</code> again.</p></html>`;

/** The launch token and the session it opens; the token is spent on first use. */
function createGate(port: () => number) {
  let launchToken: string | null = newSecret();
  const printedToken = launchToken;
  const session = newSecret();
  return {
    printedToken,
    hasSession: (req: IncomingMessage) => sameSecret(sessionFrom(req, port()), session),
    /** Trade the launch token for the session cookie; null when the token is wrong or spent. */
    redeem(given: string): string | null {
      if (launchToken === null || !sameSecret(given, launchToken)) return null;
      launchToken = null;
      return sessionCookie(port(), session);
    },
  };
}

/** The path the request names, decoded; null for a malformed %-escape. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The printed address opened: trade its token for the session cookie, then drop it from the bar. */
function signIn(
  gate: ReturnType<typeof createGate>,
  given: string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  const cookie = gate.redeem(given);
  // Already signed in (the printed link opened twice): just drop the token from the bar.
  if (cookie || gate.hasSession(req)) {
    const headers: Record<string, string> = { location: url.pathname };
    if (cookie) headers["set-cookie"] = cookie;
    send(res, 303, TEXT, "", headers);
  } else send(res, 401, HTML, SIGN_IN_PAGE);
}

/** One call: from Copydesk's own page, a JSON body within the limit, answered with its envelope. */
async function answerCall(
  dispatch: Dispatch,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  if (!originAllowed(req, port)) {
    sendError(res, { code: "refused", message: "Calls are only taken from Copydesk's own page." });
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body.ok) {
    const message = `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`;
    send(res, 413, JSON_TYPE, JSON.stringify({ ok: false, error: { code: "bad-input", message } }), {
      connection: "close",
    });
    return;
  }
  let input: unknown;
  try {
    input = body.text ? JSON.parse(body.text) : {};
  } catch {
    sendError(res, { code: "bad-input", message: "The request was not valid JSON." });
    return;
  }
  const envelope = await dispatch(name, input);
  if (envelope.ok) send(res, 200, JSON_TYPE, JSON.stringify(envelope));
  else sendError(res, envelope.error);
}

/** The page may connect to the library's desk server, and only to it (read on every load,
 * so joining a desk takes effect on the next reload). */
async function pagePolicy(dispatch: WebHostOptions["dispatch"]): Promise<Record<string, string>> {
  const info = await dispatch("deskSync.info", {});
  const address = info.ok ? (info.value as { address: string | null }).address : null;
  return { "content-security-policy": contentSecurityPolicy(address || null) };
}

/** A file of the built renderer; any other path gets the page (the app routes itself). */
async function serveFile(options: WebHostOptions, res: ServerResponse, path: string): Promise<void> {
  const relative = normalize(path).replace(/^([/\\])+/, "");
  const file = join(options.rendererDir, relative);
  const inside = file.startsWith(options.rendererDir + sep) && relative !== "";
  const target = inside ? file : join(options.rendererDir, "index.html");
  try {
    const type = contentTypeFor(target);
    const page = type.startsWith("text/html") ? await pagePolicy(options.dispatch) : {};
    send(res, 200, type, await readFile(target), page);
  } catch {
    send(res, 404, TEXT, "Not found");
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let port = 0;
  const gate = createGate(() => port);

  const handleCall = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    await answerCall(options.dispatch, port, req, res, name);
  };

  const handleFile = (res: ServerResponse, path: string) => serveFile(options, res, path);

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const given = url.searchParams.get(LAUNCH_TOKEN_PARAM);
    if (req.method === "GET" && given !== null) return signIn(gate, given, req, res, url);
    const isCall = url.pathname.startsWith("/api/");
    if (!gate.hasSession(req)) {
      if (isCall)
        sendError(res, { code: "refused", message: "Open the address copydesk serve printed." }, 401);
      else send(res, 401, HTML, SIGN_IN_PAGE);
      return;
    }
    const path = decodedPath(url.pathname);
    if (path === null) {
      send(res, 400, TEXT, "Malformed address");
    } else if (isCall) {
      if (req.method === "POST") await handleCall(req, res, path.slice("/api/".length));
      else send(res, 405, TEXT, "Method not allowed", { allow: "POST" });
    } else if (req.method === "GET") {
      await handleFile(res, path);
    } else send(res, 405, TEXT, "Method not allowed", { allow: "GET" });
  };

  const server = createServer((req, res) => {
    if (!hostAllowed(req, port)) {
      send(res, 421, TEXT, "Wrong host");
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://127.0.0.1");
    } catch {
      send(res, 400, TEXT, "Malformed address");
      return;
    }
    route(req, res, url).catch(() => {
      if (!res.headersSent) send(res, 500, TEXT, "Internal error");
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?${LAUNCH_TOKEN_PARAM}=${gate.printedToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
