import { describe, expect, it } from "vitest";
import { characterCount, wordTargetStatus } from "./length.ts";

describe("length against targets", () => {
  it("says how far under or over the word target a story is", () => {
    expect(wordTargetStatus(600, 800)).toEqual({ state: "under", by: 200, label: "200 under 800" });
    expect(wordTargetStatus(950, 800)).toEqual({ state: "over", by: 150, label: "150 over 800" });
    expect(wordTargetStatus(815, 800).state).toBe("on");
    expect(wordTargetStatus(821, 800).state).toBe("over");
  });

  it("counts characters as a reader sees them", () => {
    expect(characterCount("Café")).toBe(4);
    expect(characterCount("Cafe\u0301")).toBe(4);
    expect(characterCount("Fire 🔥 spreads")).toBe(14);
  });
});
