// Copydesk's Electron main process: one instance, one window, the library service
// behind IPC. Everything else lives in electron/library so it runs on plain Node too.
import { app, BrowserWindow, dialog, Menu, nativeTheme, session, shell } from "electron";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chosenFolders } from "../library/exportFolders.ts";
import { libraryPathFrom, openLibrary, type OpenLibrary } from "../library/index.ts";
import { registerFileDialogs, registerIpc } from "./ipc.ts";
import { buildMenu } from "./menu.ts";
import { loadBounds, trackBounds } from "./windowState.ts";

const rendererIndex = join(import.meta.dirname, "../renderer/index.html");
const rendererUrl = () => process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererIndex).href;

let mainWindow: BrowserWindow | null = null;
let library: OpenLibrary | null = null;
/** The folders the user picked in the system dialog: the only ones export.toFolder writes to. */
const exportFolders = chosenFolders();

function openLibraryOrExplain(path: string): OpenLibrary | null {
  try {
    return openLibrary(path, { exportFolders });
  } catch (error) {
    dialog.showErrorBox("Copydesk cannot open this library", (error as Error).message);
    return null;
  }
}

function createWindow(): void {
  const bounds = loadBounds(app.getPath("userData"));
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: "Copydesk",
    backgroundColor: nativeTheme.shouldUseDarkColors ? "#1b1c1e" : "#f7f6f3",
    webPreferences: {
      preload: join(import.meta.dirname, "../preload/index.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (bounds.maximized) mainWindow.maximize();
  trackBounds(mainWindow, app.getPath("userData"));
  mainWindow.once("ready-to-show", () => mainWindow?.show());
  mainWindow.on("closed", () => (mainWindow = null));

  // The window only ever shows Copydesk: no navigation away, no new windows; links in
  // a story open in the system browser when they are web or mail links.
  mainWindow.webContents.on("will-navigate", (event, url) => {
    if (!url.startsWith(rendererUrl())) event.preventDefault();
  });
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (/^(https?|mailto):/i.test(url)) void shell.openExternal(url);
    return { action: "deny" };
  });

  if (process.env.ELECTRON_RENDERER_URL) void mainWindow.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void mainWindow.loadFile(rendererIndex);
}

async function chooseLibrary(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: "Open Library",
    properties: ["openFile", "promptToCreate"],
    filters: [{ name: "Copydesk library", extensions: ["db", "sqlite"] }],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return;
  const next = openLibraryOrExplain(path);
  if (!next) return;
  library?.close();
  library = next;
  mainWindow?.reload();
}

async function backUpLibrary(): Promise<void> {
  if (!library) return;
  const result = await dialog.showSaveDialog({
    title: "Back Up Library",
    defaultPath: `copydesk-backup-${new Date().toISOString().slice(0, 10)}.db`,
  });
  if (result.canceled || !result.filePath) return;
  try {
    await library.store.backup(result.filePath);
    dialog.showMessageBox({ message: "Library backed up.", detail: result.filePath });
  } catch (error) {
    dialog.showErrorBox("The backup failed", (error as Error).message);
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(() => {
    // Deny every permission request (camera, notifications…): an editor needs none.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    nativeTheme.themeSource = "system";

    library = openLibraryOrExplain(libraryPathFrom(process.argv, process.env, app.getPath("userData")));
    if (!library) {
      app.quit();
      return;
    }
    registerIpc((name, input) => library!.dispatch(name, input), rendererUrl);
    registerFileDialogs(rendererUrl, exportFolders);
    Menu.setApplicationMenu(buildMenu(() => mainWindow, { openLibrary: chooseLibrary, backUpLibrary }));
    createWindow();
    app.on("activate", () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });
  app.on("will-quit", () => library?.close());
}
