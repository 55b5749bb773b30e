// The View menu's items, apart from menu.ts so a test can read them without Electron.
import type { MenuItemConstructorOptions } from "electron";

/**
 * The View menu: the side panels fold away from here as by their shortcuts (the renderer
 * runs the command `send` makes); DevTools only in a development build, never packaged.
 */
export function viewMenuItems(
  packaged: boolean,
  send: (command: string) => () => void = () => () => {},
): MenuItemConstructorOptions[] {
  return [
    { label: "Toggle Library", accelerator: "CmdOrCtrl+Alt+L", click: send("toggle-library") },
    { label: "Toggle Inspector", accelerator: "CmdOrCtrl+Alt+I", click: send("toggle-inspector") },
    { type: "separator" },
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
