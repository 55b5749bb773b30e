// Remember the window's size and position between launches (a small JSON file in userData).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BrowserWindow, screen } from "electron";
import { DEFAULT_BOUNDS, savedBounds, type WindowBounds } from "./windowBounds.ts";

export function loadBounds(userData: string): WindowBounds {
  let text: string;
  try {
    text = readFileSync(join(userData, "window-state.json"), "utf8");
  } catch {
    return DEFAULT_BOUNDS;
  }
  return savedBounds(
    text,
    screen.getAllDisplays().map((d) => d.workArea),
  );
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
