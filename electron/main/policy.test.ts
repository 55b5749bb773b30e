// The main process's rules, tested as the plain functions the guards call.
import { describe, expect, it } from "vitest";
import {
  APP_ENTRY,
  externalLinkToOpen,
  frameNavigationAllowed,
  GESTURE_WINDOW_MS,
  isTrustedSenderFrame,
  navigationAllowed,
  permissionAllowed,
  rendererEntry,
  rendererFileFor,
} from "./policy.ts";
import { viewMenuItems } from "./viewMenu.ts";
import { mainWindowPreferences } from "./windowOptions.ts";

describe("what the window loads", () => {
  it("is app://copydesk/index.html, never file://; a dev server only unpackaged and on loopback", () => {
    expect(APP_ENTRY).toBe("app://copydesk/index.html");
    expect(rendererEntry(true, "http://localhost:5173/")).toBe(APP_ENTRY);
    expect(rendererEntry(false, undefined)).toBe(APP_ENTRY);
    expect(rendererEntry(false, "http://localhost:5173/")).toBe("http://localhost:5173/");
    expect(rendererEntry(false, "https://evil.example/")).toBe(APP_ENTRY);
    expect(rendererEntry(false, "file:///tmp/x.html")).toBe(APP_ENTRY);
  });

  it("serves only files inside the built renderer", () => {
    const dir = "/opt/copydesk/renderer";
    expect(rendererFileFor("app://copydesk/index.html", dir)).toBe(`${dir}/index.html`);
    expect(rendererFileFor("app://copydesk/", dir)).toBe(`${dir}/index.html`);
    expect(rendererFileFor("app://copydesk/assets/index-1.js?x=1", dir)).toBe(`${dir}/assets/index-1.js`);
    // Escapes: the URL parser folds some away, the rest are refused; none leaves the folder.
    for (const url of [
      "app://copydesk/../secret",
      "app://copydesk/%2e%2e/%2e%2e/etc/passwd",
      "app://copydesk/assets/..%2F..%2Fsecret",
      "app://copydesk/assets/..%5C..%5Csecret",
    ]) {
      const file = rendererFileFor(url, dir);
      expect(file === null || file.startsWith(`${dir}/`), `${url} -> ${file}`).toBe(true);
    }
    expect(rendererFileFor("app://copydesk/assets/..%2F..%2Fsecret", dir)).toBeNull();
    for (const url of [
      "app://copydesk/%E0%A4%A",
      "app://other/index.html",
      "file:///etc/passwd",
      "app://copydesk/a%00.js",
    ]) {
      expect(rendererFileFor(url, dir), url).toBeNull();
    }
  });
});

describe("the navigation guard", () => {
  it("lets the top frame load only the exact entry URL", () => {
    expect(navigationAllowed(APP_ENTRY, APP_ENTRY)).toBe(true);
    for (const url of [
      "app://copydesk/index.html.evil",
      "app://copydesk/other.html",
      "app://copydesk.evil/index.html",
      "https://example.com/",
      "file:///etc/passwd",
      `${APP_ENTRY}?next=https://evil`,
    ]) {
      expect(navigationAllowed(url, APP_ENTRY), url).toBe(false);
    }
  });

  it("keeps the export preview's frame off the web", () => {
    expect(frameNavigationAllowed("about:srcdoc", APP_ENTRY, false)).toBe(true);
    expect(frameNavigationAllowed("https://example.com/", APP_ENTRY, false)).toBe(false);
    expect(frameNavigationAllowed("about:srcdoc", APP_ENTRY, true)).toBe(false);
  });
});

describe("links to the system browser", () => {
  it("open only for http(s) right after the person clicked", () => {
    expect(externalLinkToOpen("https://example.com/story", 50)).toBe("https://example.com/story");
    expect(externalLinkToOpen("http://example.com/", 0)).toBe("http://example.com/");
    expect(externalLinkToOpen("https://example.com/", GESTURE_WINDOW_MS + 1)).toBeNull();
    expect(externalLinkToOpen("https://example.com/", Number.POSITIVE_INFINITY)).toBeNull();
    for (const url of [
      "file:///etc/passwd",
      "smb://server/share",
      "javascript:alert(1)",
      "mailto:desk@example.com",
      "ms-msdt:/id",
      "https://user:pass@example.com/",
      "not a url",
    ]) {
      expect(externalLinkToOpen(url, 10), url).toBeNull();
    }
  });
});

describe("permissions and IPC senders", () => {
  it("grant only Copy's clipboard write, only to our own origin", () => {
    expect(permissionAllowed("clipboard-sanitized-write", APP_ENTRY, APP_ENTRY)).toBe(true);
    expect(permissionAllowed("clipboard-sanitized-write", "app://copydesk", APP_ENTRY)).toBe(true);
    expect(permissionAllowed("clipboard-sanitized-write", "https://evil.example/", APP_ENTRY)).toBe(false);
    expect(permissionAllowed("clipboard-sanitized-write", undefined, APP_ENTRY)).toBe(false);
    for (const permission of ["media", "geolocation", "notifications", "openExternal", "clipboard-read"]) {
      expect(permissionAllowed(permission, APP_ENTRY, APP_ENTRY), permission).toBe(false);
    }
  });

  it("trust only our page's top frame, by exact origin", () => {
    expect(isTrustedSenderFrame({ url: APP_ENTRY, isMainFrame: true }, APP_ENTRY)).toBe(true);
    expect(isTrustedSenderFrame({ url: APP_ENTRY, isMainFrame: false }, APP_ENTRY)).toBe(false);
    expect(
      isTrustedSenderFrame({ url: "app://copydesk.evil/index.html", isMainFrame: true }, APP_ENTRY),
    ).toBe(false);
    expect(isTrustedSenderFrame({ url: "about:srcdoc", isMainFrame: true }, APP_ENTRY)).toBe(false);
    expect(isTrustedSenderFrame({ url: "file:///tmp/index.html", isMainFrame: true }, APP_ENTRY)).toBe(false);
    expect(isTrustedSenderFrame(null, APP_ENTRY)).toBe(false);
  });
});

describe("the window's options and menu", () => {
  it("isolate the page and keep Node, webviews and insecure content out", () => {
    const prefs = mainWindowPreferences("/app/preload/index.cjs", true);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: "Auxclick",
      devTools: false,
    });
    expect(mainWindowPreferences("/p", false).devTools).toBe(true);
  });

  it("leave DevTools out of a packaged app's menu", () => {
    const roles = (packaged: boolean) => viewMenuItems(packaged).map((item) => item.role);
    expect(roles(true)).not.toContain("toggleDevTools");
    expect(roles(false)).toContain("toggleDevTools");
    expect(roles(true)).toContain("reload");
  });

  it("fold the side panels from the View menu, with the renderer's own shortcuts", () => {
    const sent: string[] = [];
    const items = viewMenuItems(true, (command) => () => sent.push(command));
    const byLabel = (label: string) => items.find((item) => item.label === label);
    expect(byLabel("Toggle Library")?.accelerator).toBe("CmdOrCtrl+Alt+L");
    expect(byLabel("Toggle Inspector")?.accelerator).toBe("CmdOrCtrl+Alt+I");
    for (const label of ["Toggle Library", "Toggle Inspector"]) {
      const click = byLabel(label)?.click as (() => void) | undefined;
      click?.();
    }
    expect(sent).toEqual(["toggle-library", "toggle-inspector"]);
  });
});
