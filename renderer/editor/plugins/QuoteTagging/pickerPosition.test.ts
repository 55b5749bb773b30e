import { expect, it } from "vitest";
import { pickerPosition } from "./pickerPosition.ts";

const viewport = { width: 1200, height: 800 };

it("opens the picker just under the selected words", () => {
  const words = { top: 300, bottom: 320, left: 400, width: 120, height: 20 };
  expect(pickerPosition(words, viewport)).toEqual({ top: 326, left: 400 });
});

it("keeps the picker inside the window near its right and bottom edges", () => {
  const words = { top: 760, bottom: 780, left: 1150, width: 40, height: 20 };
  expect(pickerPosition(words, viewport)).toEqual({ top: 480, left: 860 });
});

it("opens near the top when the words are out of sight or there is no selection", () => {
  const scrolledAway = { top: -200, bottom: -180, left: 400, width: 120, height: 20 };
  expect(pickerPosition(scrolledAway, viewport)).toEqual({ top: 120, left: 440 });
  expect(pickerPosition(null, viewport)).toEqual({ top: 120, left: 440 });
});
