import { describe, expect, it } from "vitest";
import { codePoints, codeUnits, fnv1a } from "./hash.ts";

describe("fnv1a", () => {
  it("gives the published FNV-1a 32-bit values", () => {
    expect(fnv1a(codeUnits(""))).toBe("811c9dc5");
    expect(fnv1a(codeUnits("a"))).toBe("e40c292c");
    expect(fnv1a(codeUnits("foobar"))).toBe("bf9cf968");
  });
  it("reads an emoji as two code units or one code point, as each stored id always has", () => {
    expect([...codeUnits("😀")]).toEqual([0xd83d, 0xde00]);
    expect([...codePoints("😀")]).toEqual([0x1f600]);
    expect(fnv1a(codeUnits("😀"))).not.toBe(fnv1a(codePoints("😀")));
  });
});
