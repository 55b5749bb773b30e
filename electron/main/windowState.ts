// Remember the window's size and position between launches (a small JSON file in userData).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BrowserWindow, screen } from "electron";

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT: WindowBounds = { width: 1360, height: 860, maximized: false };

export function loadBounds(userData: string): WindowBounds {
  try {
    const saved = JSON.parse(readFileSync(join(userData, "window-state.json"), "utf8")) as WindowBounds;
    // Ignore a position on a display that is no longer attached.
    const visible = screen.getAllDisplays().some((d) => {
      const a = d.workArea;
      return (
        saved.x !== undefined &&
        saved.y !== undefined &&
        saved.x >= a.x - 50 &&
        saved.y >= a.y - 50 &&
        saved.x < a.x + a.width &&
        saved.y < a.y + a.height
      );
    });
    return visible ? saved : { ...saved, x: undefined, y: undefined };
  } catch {
    return DEFAULT;
  }
}

export function trackBounds(window: BrowserWindow, userData: string): void {
  const save = () => {
    const bounds = window.getNormalBounds();
    const state: WindowBounds = { ...bounds, maximized: window.isMaximized() };
    try {
      writeFileSync(join(userData, "window-state.json"), JSON.stringify(state));
    } catch {
      // Not worth interrupting the editor over.
    }
  };
  window.on("close", save);
}
