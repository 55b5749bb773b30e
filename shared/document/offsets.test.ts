import { describe, expect, it } from "vitest";
import { firstStartingFrom, lastStartingAtOrBefore } from "./offsets.ts";

const spans = [{ start: 0 }, { start: 10 }, { start: 10 }, { start: 25 }];

describe("offset lookups", () => {
  it("finds the first span starting at or after an offset", () => {
    expect([0, 1, 10, 11, 25, 26].map((at) => firstStartingFrom(spans, at))).toEqual([0, 1, 1, 3, 3, 4]);
  });
  it("finds the last span starting at or before an offset", () => {
    expect([-1, 0, 9, 10, 24, 25, 99].map((at) => lastStartingAtOrBefore(spans, at))).toEqual([
      -1, 0, 0, 2, 2, 3, 3,
    ]);
    expect(lastStartingAtOrBefore([], 5)).toBe(-1);
  });
});
