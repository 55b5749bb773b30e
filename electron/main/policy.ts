// The rules the main process enforces on the window, as plain functions (no electron
// import) so they are unit-tested on Node: what the window may load and navigate to,
// which links leave for the system browser, which permissions a page gets, and which IPC
// senders are ours. electron/main/guards.ts applies them to every web contents.
import { isAbsolute, join, relative } from "node:path";

/** The renderer is served from this privileged custom scheme, never from file://. */
export const APP_SCHEME = "app";
export const APP_HOST = "copydesk";
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * What the window loads: our own app:// page. The dev server's address (electron-vite dev
 * sets ELECTRON_RENDERER_URL) is honoured only in an unpackaged app, and only on loopback.
 */
export function rendererEntry(isPackaged: boolean, devServerUrl: string | undefined): string {
  if (isPackaged || !devServerUrl) return APP_ENTRY;
  const url = parsed(devServerUrl);
  const loopback = url?.hostname === "localhost" || url?.hostname === "127.0.0.1";
  return url && url.protocol === "http:" && loopback ? url.href : APP_ENTRY;
}

function parsed(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * scheme://host[:port], or null. Not URL.origin: for a scheme it does not know (app:),
 * the URL standard answers "null", while Chromium treats our registered scheme as standard.
 */
function originOf(url: string | undefined): string | null {
  const link = url ? parsed(url) : null;
  return link && link.host ? `${link.protocol}//${link.host}` : null;
}

/** The top frame may only (re)load the entry page itself: exact URL, nothing near it. */
export function navigationAllowed(url: string, entry: string): boolean {
  return url === entry;
}

/** Frames inside the page (the export preview's sandboxed srcdoc) may not load the web either. */
export function frameNavigationAllowed(url: string, entry: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return navigationAllowed(url, entry);
  return url === "about:srcdoc" || url === "about:blank";
}

/** How recently the person must have clicked or pressed a key for a link to open. */
export const GESTURE_WINDOW_MS = 1_000;

/**
 * A link goes to the system browser only when it is http(s) and the person just clicked
 * or pressed a key in the window: a script cannot open the browser on its own.
 */
export function externalLinkToOpen(url: string, msSinceGesture: number): string | null {
  if (!(msSinceGesture >= 0 && msSinceGesture <= GESTURE_WINDOW_MS)) return null;
  const link = parsed(url);
  if (!link || (link.protocol !== "http:" && link.protocol !== "https:")) return null;
  if (link.username || link.password) return null;
  return link.href;
}

/** Our own page (by exact origin) may write to the clipboard (Copy); nothing gets anything else. */
export function permissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  entry: string,
): boolean {
  if (permission !== "clipboard-sanitized-write") return false;
  const from = originOf(requestingUrl);
  return from !== null && from === originOf(entry);
}

/** An IPC message counts only from the top frame of a page at our own exact origin. */
export function isTrustedSenderFrame(
  frame: { url: string; isMainFrame: boolean } | null,
  entry: string,
): boolean {
  if (!frame || !frame.isMainFrame) return false;
  const from = originOf(frame.url);
  return from !== null && from === originOf(entry);
}

/**
 * The file an app:// request names inside the built renderer, or null: only our host,
 * no escape upwards (.. and encoded ..), no NUL.
 */
export function rendererFileFor(requestUrl: string, rendererDir: string): string | null {
  const url = parsed(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const segments = path.split(/[/\\]+/).filter((s) => s !== "" && s !== ".");
  if (segments.some((s) => s === ".." || s.includes("\0"))) return null;
  const file = join(rendererDir, ...(segments.length ? segments : ["index.html"]));
  const inside = relative(rendererDir, file);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? file : null;
}
