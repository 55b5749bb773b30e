// The Electron transport of the API contract: one handler that checks the sender is
// our own window's top frame, then hands the call to the library's dispatch (which
// parses the input with the contract's schema and returns the envelope).
import { basename, dirname } from "node:path";
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from "electron";
import type { Dispatch } from "../library/dispatch.ts";
import { realFolder } from "../library/exportFolders.ts";
import { writeExport } from "../library/exportService.ts";
import { CALL_CHANNEL, CHOOSE_FOLDER_CHANNEL, SAVE_FILE_CHANNEL } from "./channels.ts";
import { isTrustedSenderFrame } from "./policy.ts";

export function isTrustedSender(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  return isTrustedSenderFrame(
    frame ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame } : null,
    rendererUrl,
  );
}

export function registerIpc(dispatch: Dispatch, rendererUrl: () => string): void {
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event, rendererUrl())) {
      return { ok: false, error: { code: "refused", message: "This window may not use the library." } };
    }
    if (typeof name !== "string")
      return { ok: false, error: { code: "bad-input", message: "No call named." } };
    return dispatch(name, input);
  });
}

/** Files leave the app only through a dialog the user answers: the renderer never names a path. */
export function registerFileDialogs(
  rendererUrl: () => string,
  exportFolders: { allow(folder: string): void },
): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, suggestedName: unknown, content: unknown) => {
    if (!isTrustedSender(event, rendererUrl())) return null;
    if (typeof suggestedName !== "string" || typeof content !== "string") return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: basename(suggestedName) };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // The system dialog has already asked before replacing a file: the user said so. The
    // writer still never writes through a link, a FIFO or a device, and never half a file.
    const folder = await realFolder(dirname(result.filePath));
    return writeExport(folder, { fileName: basename(result.filePath), content }, { overwrite: true });
  });
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event) => {
    if (!isTrustedSender(event, rendererUrl())) return null;
    const options = { properties: ["openDirectory" as const, "createDirectory" as const] };
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const chosen = result.canceled ? null : (result.filePaths[0] ?? null);
    // The answer stays in this process: export.toFolder writes only into folders picked here.
    if (chosen) exportFolders.allow(chosen);
    return chosen;
  });
}
