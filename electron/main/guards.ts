// The Electron side of policy.ts: one app-wide guard on every web contents ever created
// (the window, a devtools page, anything a future feature adds), the permission handlers,
// and the app:// protocol that serves the built renderer.
import { readFile } from "node:fs/promises";
import { app, protocol, session, shell, type WebContents } from "electron";
import { contentTypeFor } from "../web/contentTypes.ts";
import { contentSecurityPolicy } from "../web/security.ts";
import {
  APP_SCHEME,
  externalLinkToOpen,
  frameNavigationAllowed,
  navigationAllowed,
  permissionAllowed,
  rendererFileFor,
} from "./policy.ts";

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetchable). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serve out/renderer on app://copydesk/; anything else is 404. `deskAddress` names the desk
 * server the library has joined, the one address beside our own the page may connect to.
 */
export function serveRenderer(rendererDir: string, deskAddress: () => string | null = () => null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(request.url, rendererDir);
    if (!file) return new Response("Not found", { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        // The same policy as the web host's (the page also carries it in a meta tag).
        headers: {
          "content-type": contentTypeFor(file),
          "content-security-policy": contentSecurityPolicy(deskAddress()),
          "x-content-type-options": "nosniff",
        },
      });
    } catch {
      return new Response("Not found", { status: 404 });
    }
  });
}

/** Deny every permission but Copy's clipboard write from our own page, asked or checked. */
export function guardPermissions(entry: () => string): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl ?? contents.getURL(), entry())),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin, entry()),
  );
}

function guardContents(contents: WebContents, entry: () => string): void {
  let lastGesture = Number.NEGATIVE_INFINITY;
  contents.on("input-event", (_event, input) => {
    if (input.type === "mouseDown" || input.type === "keyDown") lastGesture = Date.now();
  });
  contents.on("will-navigate", (event, url) => {
    if (!navigationAllowed(url, entry())) event.preventDefault();
  });
  contents.on("will-frame-navigate", (event) => {
    if (!frameNavigationAllowed(event.url, entry(), event.isMainFrame)) event.preventDefault();
  });
  contents.on("will-redirect", (event, url) => {
    if (!navigationAllowed(url, entry())) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLinkToOpen(url, Date.now() - lastGesture);
    // Only an http(s) link the person just clicked, parsed and re-serialised by policy.ts
    // (electronegativity flags it for review: accepted in packaging/audit.ts, with the reason).
    if (link) void shell.openExternal(link);
    return { action: "deny" };
  });
}

/** One guard for all web contents, so no window can be created without it. */
export function guardAllContents(entry: () => string): void {
  app.on("web-contents-created", (_event, contents) => guardContents(contents, entry));
}
