// The window's size and position as remembered in window-state.json, read back through zod:
// an older version, or a hand edit, may have left anything in the file.
import { z } from "zod";

const windowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof windowBounds>;

export const DEFAULT_BOUNDS: WindowBounds = { width: 1360, height: 860, maximized: false };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The remembered bounds; a position on a display no longer attached is dropped. */
export function savedBounds(text: string, workAreas: readonly Area[]): WindowBounds {
  let saved: WindowBounds;
  try {
    saved = windowBounds.parse(JSON.parse(text));
  } catch {
    return DEFAULT_BOUNDS;
  }
  const { x, y } = saved;
  const visible =
    x !== undefined &&
    y !== undefined &&
    workAreas.some((a) => x >= a.x - 50 && y >= a.y - 50 && x < a.x + a.width && y < a.y + a.height);
  return visible ? saved : { ...saved, x: undefined, y: undefined };
}
