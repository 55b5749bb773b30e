// The View menu's items, apart from menu.ts so a test can read them without Electron.
import type { MenuItemConstructorOptions } from "electron";

/** The View menu: DevTools only in a development build, never in a packaged app. */
export function viewMenuItems(packaged: boolean): MenuItemConstructorOptions[] {
  return [
    { role: "reload" },
    ...(packaged ? [] : [{ role: "toggleDevTools" as const }]),
    { type: "separator" },
    { role: "resetZoom" },
    { role: "zoomIn" },
    { role: "zoomOut" },
    { type: "separator" },
    { role: "togglefullscreen" },
  ];
}
