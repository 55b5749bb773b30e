import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CopydeskClient } from "../../shared/api/client.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Article } from "../../shared/api/schemas.ts";
import { body, paragraph } from "../../shared/document/build.ts";
import { plainText } from "../../shared/document/text.ts";
import { ArticleSession, recoverUnsavedChanges } from "./articleSession.ts";

/** localStorage as the browser has it, for Node. */
function fakeStorage(): Storage {
  const map = new Map<string, string>();
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
  // Object.keys(localStorage) lists the stored keys in a browser.
  return new Proxy(storage, {
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
  }) as Storage;
}

type Update = Parameters<CopydeskClient["articles.update"]>[0];

/** A library that answers updates as told, and remembers what it was sent. */
function fakeLibrary() {
  const sent: Update[] = [];
  let version = 0;
  const answers: ((input: Update) => Promise<Article>)[] = [];
  const saved = (input: Update) =>
    ({ id: input.id, updatedAt: `v${++version}`, slug: "s", status: "draft" }) as unknown as Article;
  const client = {
    "articles.update": (input: Update) => {
      sent.push(input);
      const answer = answers.shift();
      return answer ? answer(input) : Promise.resolve(saved(input));
    },
  } as unknown as CopydeskClient;
  return { client, sent, answers, saved };
}

let words = "First words.";
const readBody = () => body([paragraph(words)]);

beforeEach(() => {
  vi.stubGlobal("localStorage", fakeStorage());
  words = "First words.";
});
afterEach(() => vi.unstubAllGlobals());

function session(library: ReturnType<typeof fakeLibrary>, events = { saved: vi.fn(), refused: vi.fn() }) {
  return new ArticleSession(
    { id: "a1", updatedAt: "v0" },
    { client: library.client, readBody, events, scope: "/lib.db" },
  );
}

describe("autosave", () => {
  it("flush waits for a save already under way and for the edits made meanwhile", async () => {
    const library = fakeLibrary();
    let release!: () => void;
    library.answers.push((input) => new Promise((r) => (release = () => r(library.saved(input)))));
    const s = session(library);
    s.bodyChanged();
    const first = s.flush();
    words = "First words. More words.";
    s.bodyChanged();
    const second = s.flush();
    let done = false;
    void second.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false); // the first save has not come back yet
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(library.sent.map((u) => plainText(u.changes.body!))).toEqual([
      "First words.",
      "First words. More words.",
    ]);
    // Each save says which version it replaces, so the library can keep a newer one.
    expect(library.sent.map((u) => u.baseUpdatedAt)).toEqual(["v0", "v1"]);
    expect(s.saveState).toBe("saved");
  });

  it("drops a change the library refuses for good, says why, and still saves the words", async () => {
    const library = fakeLibrary();
    library.answers.push(() =>
      Promise.reject(new CopydeskError("conflict", 'The slug "x" is already used.')),
    );
    const events = { saved: vi.fn(), refused: vi.fn() };
    const s = session(library, events);
    s.metadataChanged({ slug: "x" });
    s.bodyChanged();
    expect(await s.flush()).toBe(true);
    expect(events.refused).toHaveBeenCalledWith('The slug "x" is already used.');
    expect(library.sent[1].changes).toEqual({ body: readBody() });
    expect(s.hasUnsaved).toBe(false);
  });

  it("keeps the words through a failing library: backed up, retried, never dropped", async () => {
    vi.useFakeTimers();
    const library = fakeLibrary();
    library.answers.push(() => Promise.reject(new CopydeskError("internal", "disk full")));
    const s = session(library);
    s.bodyChanged();
    expect(await s.flush()).toBe(false);
    expect(s.saveState).toBe("error");
    expect(s.error).toBe("disk full");
    const backup = JSON.parse(localStorage.getItem("copydesk:unsaved:/lib.db\u0000a1")!);
    expect(plainText(backup.changes.body)).toBe("First words.");

    await vi.advanceTimersByTimeAsync(2500); // the retry
    expect(library.sent).toHaveLength(2);
    expect(s.saveState).toBe("saved");
    expect(localStorage.getItem("copydesk:unsaved:/lib.db\u0000a1")).toBeNull();
    vi.useRealTimers();
  });
});

describe("unsaved changes kept from an earlier window", () => {
  it("writes back only this library's backups at start-up, with the version they were based on", async () => {
    const library = fakeLibrary();
    localStorage.setItem(
      "copydesk:unsaved:/lib.db\u0000a1",
      JSON.stringify({ at: 1, base: "v7", changes: { dek: "x" } }),
    );
    localStorage.setItem(
      "copydesk:unsaved:/other.db\u0000a2",
      JSON.stringify({ at: 1, base: "v1", changes: { dek: "y" } }),
    );
    expect(await recoverUnsavedChanges(library.client, "/lib.db")).toBe(1);
    expect(library.sent).toEqual([{ id: "a1", changes: { dek: "x" }, baseUpdatedAt: "v7" }]);
    expect(localStorage.getItem("copydesk:unsaved:/other.db\u0000a2")).not.toBeNull();
  });

  it("drops a kept backup that is not unsaved changes, without sending it to the library", async () => {
    const library = fakeLibrary();
    localStorage.setItem(
      "copydesk:unsaved:/lib.db\u0000a1",
      JSON.stringify({ at: 1, base: 7, changes: "all" }),
    );
    localStorage.setItem(
      "copydesk:unsaved:/lib.db\u0000a2",
      JSON.stringify({ at: 1, base: "v1", changes: { status: "shredded" } }),
    );
    localStorage.setItem("copydesk:unsaved:/lib.db\u0000a3", "{not json");
    expect(await recoverUnsavedChanges(library.client, "/lib.db")).toBe(0);
    expect(library.sent).toEqual([]);
    expect(Object.keys(localStorage)).toEqual([]);
  });
});
