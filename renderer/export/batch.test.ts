import { describe, expect, it } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { type BatchProgress, runBatch, summarize } from "./batch.ts";

const items = [
  { id: "a", headline: "Alpha" },
  { id: "b", headline: "Beta" },
  { id: "c", headline: "Gamma" },
];

describe("batch export loop", () => {
  it("exports every article in order and reports progress after each", async () => {
    const seen: BatchProgress[] = [];
    const order: string[] = [];
    const outcome = await runBatch({
      items,
      exportOne: async (id) => {
        order.push(id);
        return { path: `/out/${id}.html` };
      },
      onProgress: (p) => seen.push(p),
      cancelled: () => false,
      pause: async () => {},
    });
    expect(order).toEqual(["a", "b", "c"]);
    expect(seen.map((p) => `${p.done} of ${p.total}`)).toEqual(["1 of 3", "2 of 3", "3 of 3"]);
    expect(outcome.results.map((r) => r.detail)).toEqual(["/out/a.html", "/out/b.html", "/out/c.html"]);
    expect(summarize(outcome)).toBe("Exported 3 of 3 articles.");
  });

  it("reports a refused article and carries on with the rest", async () => {
    const outcome = await runBatch({
      items,
      exportOne: async (id) => {
        if (id === "b")
          throw new CopydeskError("refused", "Cannot export it as publish-ready: 1 review blocker is open");
        return { path: `/out/${id}.html` };
      },
      onProgress: () => {},
      cancelled: () => false,
      pause: async () => {},
    });
    expect(outcome.results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(outcome.results[1].detail).toMatch(/review blocker is open/);
    expect(summarize(outcome)).toBe("Exported 2 of 3 articles; 1 failed.");
  });

  it("stops after the current article when cancelled, never in the middle of one", async () => {
    let cancel = false;
    const started: string[] = [];
    const outcome = await runBatch({
      items,
      exportOne: async (id) => {
        started.push(id);
        cancel = true; // the user presses Cancel while the first article is being written
        return { path: `/out/${id}.html` };
      },
      onProgress: () => {},
      cancelled: () => cancel,
      pause: async () => {},
    });
    expect(started).toEqual(["a"]);
    expect(outcome.results).toHaveLength(1);
    expect(outcome.results[0].ok).toBe(true);
    expect(outcome.cancelled).toBe(true);
    expect(summarize(outcome)).toBe("Exported 1 of 3 articles; cancelled after 1.");
  });
});
