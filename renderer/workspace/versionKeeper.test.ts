import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { MIN_BURST_MS, PAUSE_MS, VersionKeeper } from "./versionKeeper.ts";

let kept: string[];
let saved: boolean;
let keeper: VersionKeeper;

beforeEach(() => {
  vi.useFakeTimers();
  kept = [];
  saved = true;
  keeper = new VersionKeeper({
    flush: async () => saved,
    checkpoint: async (reason) => void kept.push(reason),
    now: () => Date.now(),
  });
});
afterEach(() => {
  keeper.dispose();
  vi.useRealTimers();
});

/** Edits every few seconds for `ms`, as typing in bursts would. */
function workFor(ms: number) {
  for (let t = 0; t <= ms; t += 2000) {
    keeper.edited();
    vi.advanceTimersByTime(2000);
  }
}

it("keeps a version when the editor pauses after a burst of work, not after a few words", async () => {
  workFor(5000);
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  expect(kept).toEqual([]);

  workFor(MIN_BURST_MS + 4000);
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  expect(kept).toEqual(["After a burst of work"]);
  // Still again: nothing new, nothing kept.
  await vi.advanceTimersByTimeAsync(PAUSE_MS * 3);
  expect(kept).toEqual(["After a burst of work"]);
});

it("keeps a version before a bulk change or on leaving only when something changed", async () => {
  expect(await keeper.keep("Before switching stories")).toBe(false);
  keeper.edited();
  expect(await keeper.keep("Before Accept all")).toBe(true);
  expect(await keeper.keep("Before switching stories")).toBe(false);
  expect(await keeper.keep("Saved version", true)).toBe(true);
  expect(kept).toEqual(["Before Accept all", "Saved version"]);
});

it("keeps no version of words the library does not have yet", async () => {
  keeper.edited();
  saved = false;
  expect(await keeper.keep("Before Accept all")).toBe(false);
  expect(kept).toEqual([]);
  expect(keeper.hasNewWork).toBe(true);
});
