// The application menu, with the platform's standard roles and accelerators.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions, shell } from "electron";
import { MENU_CHANNEL } from "./channels.ts";
import { viewMenuItems } from "./viewMenu.ts";

export interface MenuActions {
  openLibrary(): void;
  backUpLibrary(): void;
}

export function buildMenu(window: () => BrowserWindow | null, actions: MenuActions): Menu {
  const send = (command: string) => () => window()?.webContents.send(MENU_CHANNEL, command);
  const isMac = process.platform === "darwin";
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: "appMenu" as const }] : []),
    {
      label: "&File",
      submenu: [
        { label: "New Article", accelerator: "CmdOrCtrl+N", click: send("new-article") },
        { label: "Import…", accelerator: "CmdOrCtrl+I", click: send("import") },
        { label: "Save Version", accelerator: "CmdOrCtrl+S", click: send("save-version") },
        { label: "Export…", accelerator: "CmdOrCtrl+E", click: send("export") },
        { type: "separator" },
        { label: "Open Library…", accelerator: "CmdOrCtrl+O", click: actions.openLibrary },
        { label: "Back Up Library…", click: actions.backUpLibrary },
        { label: "Settings…", accelerator: "CmdOrCtrl+,", click: send("settings") },
        { type: "separator" },
        isMac ? { role: "close" } : { role: "quit", accelerator: "CmdOrCtrl+Q" },
      ],
    },
    {
      label: "&Edit",
      submenu: [
        { role: "undo" },
        { role: "redo" },
        { type: "separator" },
        { role: "cut" },
        { role: "copy" },
        { role: "paste" },
        { role: "pasteAndMatchStyle" },
        { role: "selectAll" },
        { type: "separator" },
        { label: "Find in Library", accelerator: "CmdOrCtrl+Shift+F", click: send("find") },
      ],
    },
    {
      label: "&View",
      submenu: viewMenuItems(app.isPackaged, send),
    },
    {
      role: "help",
      submenu: [
        {
          label: `About Copydesk ${app.getVersion()}`,
          // A fixed address (a literal, so electronegativity sees it is not page-supplied).
          click: () => void shell.openExternal("https://github.com/copydesk/copydesk#readme"),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
