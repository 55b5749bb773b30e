import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { lastOpenArticle, rememberOpenArticle, savedPanelLayout, savePanelLayout } from "./preferences.ts";

beforeEach(() => {
  const map = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

it("remembers the open story per library, and forgets it when told", () => {
  rememberOpenArticle("/a.db", "article-1");
  rememberOpenArticle("/b.db", "article-2");
  expect(lastOpenArticle("/a.db")).toBe("article-1");
  expect(lastOpenArticle("/b.db")).toBe("article-2");
  rememberOpenArticle("/a.db", null);
  expect(lastOpenArticle("/a.db")).toBeNull();
});

it("falls back to both panels shown when the stored layout is missing or malformed", () => {
  expect(savedPanelLayout()).toEqual({ library: true, inspector: true });
  savePanelLayout({ library: false, inspector: true });
  expect(savedPanelLayout()).toEqual({ library: false, inspector: true });
  localStorage.setItem("copydesk:panels", '{"library":"no"}');
  expect(savedPanelLayout()).toEqual({ library: true, inspector: true });
  localStorage.setItem("copydesk:panels", "not json");
  expect(savedPanelLayout()).toEqual({ library: true, inspector: true });
});
