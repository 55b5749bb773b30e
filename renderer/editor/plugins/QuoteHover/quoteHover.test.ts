import { expect, it } from "vitest";
import { isLit, quoteTitle } from "./quoteHover.ts";

it("names the source on hover, or says none is tagged yet", () => {
  expect(quoteTitle("s1", "Maria Ortiz")).toBe("Quote: Maria Ortiz");
  expect(quoteTitle("s1", undefined)).toBe("Quote");
  expect(quoteTitle(undefined, undefined)).toBe("Quote: no source yet");
});

it("lights only the quotes of the source picked out in the Sources tab", () => {
  expect(isLit("s1", "s1")).toBe(true);
  expect(isLit("s2", "s1")).toBe(false);
  expect(isLit(undefined, null)).toBe(false);
  expect(isLit("s1", null)).toBe(false);
});
