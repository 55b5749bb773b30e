import { expect, it } from "vitest";
import { foundNotice } from "./foundNotice.ts";

it("tells how many quotations are suggested once a paste brings new ones", () => {
  expect(foundNotice(0, 1)).toBe("1 quotation found: see Sources.");
  expect(foundNotice(2, 5)).toBe("5 quotations found: see Sources.");
});

it("says nothing when the paste brought no new quotation", () => {
  expect(foundNotice(3, 3)).toBe("");
  expect(foundNotice(3, 1)).toBe("");
});
