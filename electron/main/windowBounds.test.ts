import { expect, it } from "vitest";
import { DEFAULT_BOUNDS, savedBounds } from "./windowBounds.ts";

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];

it("opens the window where it was, at the size it was", () => {
  const text = JSON.stringify({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
  expect(savedBounds(text, laptop)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
});

it("keeps the size but not a position on a display that is gone", () => {
  const text = JSON.stringify({ x: 2000, y: 80, width: 1200, height: 800, maximized: false });
  expect(savedBounds(text, laptop)).toEqual({
    x: undefined,
    y: undefined,
    width: 1200,
    height: 800,
    maximized: false,
  });
});

it("opens at the default size when the file is not JSON or not window bounds", () => {
  expect(savedBounds("{not json", laptop)).toEqual(DEFAULT_BOUNDS);
  expect(savedBounds(JSON.stringify({ width: "wide", height: 800, maximized: false }), laptop)).toEqual(
    DEFAULT_BOUNDS,
  );
  expect(savedBounds(JSON.stringify({ width: -5, height: 800, maximized: false }), laptop)).toEqual(
    DEFAULT_BOUNDS,
  );
});
