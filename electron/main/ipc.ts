// The Electron transport of the API contract: one handler that checks the sender is
// our own window's top frame, then hands the call to the library's dispatch (which
// parses the input with the contract's schema and returns the envelope).
import { ipcMain, type IpcMainInvokeEvent } from "electron";
import type { Dispatch } from "../library/dispatch.ts";
import { CALL_CHANNEL } from "./channels.ts";

export function isTrustedSender(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(rendererUrl);
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
