// Copydesk's Electron main process: one instance, one window, the library service
// behind IPC. Everything else lives in electron/library so it runs on plain Node too.
import { app, BrowserWindow, dialog, Menu, nativeTheme, session } from "electron";
import { join } from "node:path";
import { BACKGROUND_CHECK_DELAY_MS } from "../library/backgroundCheck.ts";
import { chosenFolders } from "../library/exportFolders.ts";
import { libraryPathFrom, openLibrary, type OpenLibrary } from "../library/index.ts";
import { guardAllContents, guardPermissions, registerAppScheme, serveRenderer } from "./guards.ts";
import { registerFileDialogs, registerIpc } from "./ipc.ts";
import { buildMenu } from "./menu.ts";
import { rendererEntry } from "./policy.ts";
import { type SpellcheckerWords, spellcheckerWords } from "./spelling.ts";
import { mainWindowPreferences } from "./windowOptions.ts";
import { loadBounds, trackBounds } from "./windowState.ts";

const rendererDir = join(import.meta.dirname, "../renderer");
/** app://copydesk/index.html; a dev server's address only in an unpackaged app. */
const entry = rendererEntry(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const rendererUrl = () => entry;

// Before ready: the scheme's privileges, and the guard every web contents gets.
registerAppScheme();
guardAllContents(rendererUrl);

let mainWindow: BrowserWindow | null = null;
let library: OpenLibrary | null = null;
let spelling: SpellcheckerWords | null = null;
/** The folders the user picked in the system dialog: the only ones export.toFolder writes to. */
const exportFolders = chosenFolders();

function openLibraryOrExplain(path: string): OpenLibrary | null {
  try {
    return openLibrary(path, { exportFolders, backgroundCheckAfterMs: BACKGROUND_CHECK_DELAY_MS });
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
    // Tested in policy.test.ts; electronegativity cannot read them here (see packaging/audit.ts).
    webPreferences: mainWindowPreferences(join(import.meta.dirname, "../preload/index.cjs"), app.isPackaged),
  });
  if (bounds.maximized) mainWindow.maximize();
  trackBounds(mainWindow, app.getPath("userData"));
  mainWindow.once("ready-to-show", () => mainWindow?.show());
  mainWindow.on("closed", () => (mainWindow = null));

  // Navigation, new windows and links are ruled by the app-wide guard (guards.ts).
  void mainWindow.loadURL(entry);
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
  void spelling?.refresh();
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
    // Every permission asked or checked is denied (camera, notifications…), but Copy's clipboard write.
    guardPermissions(rendererUrl);
    serveRenderer(rendererDir);
    nativeTheme.themeSource = "system";

    library = openLibraryOrExplain(libraryPathFrom(process.argv, process.env, app.getPath("userData")));
    if (!library) {
      app.quit();
      return;
    }
    const dispatch = (name: string, input: unknown) => library!.dispatch(name, input);
    // The source names the library holds, in the spellchecker's dictionary.
    spelling = spellcheckerWords(session.defaultSession, dispatch);
    void spelling.refresh();
    registerIpc(spelling.watch(dispatch), rendererUrl);
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
