// The library in its worker threads, as the web host and Electron use it: real file, real
// threads, answers by envelope; searches superseded while typing are answered at once.
import { writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Envelope } from "../../shared/api/envelope.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";
import { createWorkerDispatch, type WorkerLibrary } from "./workerDispatch.ts";

let lib: ReturnType<typeof tempLibraryPath>;
let library: WorkerLibrary | null = null;

beforeEach(() => {
  lib = tempLibraryPath();
});
afterEach(async () => {
  await library?.close();
  library = null;
  lib.cleanup();
});

const value = <T>(envelope: Envelope<unknown>) => {
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
};

// Starting a worker loads the library code afresh: seconds on a busy machine.
describe("the library in a worker thread", { timeout: 30_000 }, () => {
  it("saves on the writer and finds the save on the reader", async () => {
    library = await createWorkerDispatch(lib.path);
    const { dispatch } = library;
    const created = value<{ id: string }>(
      await dispatch("articles.create", { headline: "Harbour dredging" }),
    );
    const hits = value<{ id: string }[]>(await dispatch("articles.list", { query: "dredging" }));
    expect(hits.map((h) => h.id)).toEqual([created.id]);
    const bad = await dispatch("articles.get", { id: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: "bad-input" } });
  });

  it("answers a search superseded by a newer keystroke without running it", async () => {
    library = await createWorkerDispatch(lib.path);
    const { dispatch } = library;
    await dispatch("articles.create", { headline: "Council tax" });
    const typed = ["c", "co", "cou", "coun"].map((query) => dispatch("articles.list", { query }));
    const answers = await Promise.all(typed);
    // The first was already running; the two behind it were replaced by the newest.
    expect(answers.map((a) => (a.ok ? "answered" : a.error.code))).toEqual([
      "answered",
      "superseded",
      "superseded",
      "answered",
    ]);
    expect(value<unknown[]>(answers[3])).toHaveLength(1);
  });

  it("refuses a file that is not a library, with the library's own message", async () => {
    writeFileSync(lib.path, "not a database, just words");
    await expect(createWorkerDispatch(lib.path)).rejects.toThrow(/not a Copydesk library/);
  });
});
