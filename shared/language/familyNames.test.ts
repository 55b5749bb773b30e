import { describe, expect, it } from "vitest";
import { isFamilyFirst } from "./familyNames.ts";

describe("isFamilyFirst", () => {
  it("knows family-first names by a hyphenated given name or a listed family name", () => {
    expect(isFamilyFirst(["Kim", "Min-jun"])).toBe(true);
    expect(isFamilyFirst(["Liu", "Fang"])).toBe(true);
    expect(isFamilyFirst(["Maria", "Olsen"])).toBe(false);
    expect(isFamilyFirst(["Lee", "Sang", "Hoon"])).toBe(false);
  });
});
