// The bridge between the sandboxed renderer and the main process. It exposes one small
// object, never ipcRenderer itself; every call goes through one channel and is checked
// and parsed on the other side.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { CALL_CHANNEL, CHOOSE_FOLDER_CHANNEL, MENU_CHANNEL, SAVE_FILE_CHANNEL } from "../main/channels.ts";

contextBridge.exposeInMainWorld("copydesk", {
  call: (name: string, input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
  /** The system save dialog, then the file written; resolves to the path or null if cancelled. */
  saveFile: (suggestedName: string, content: string) =>
    ipcRenderer.invoke(SAVE_FILE_CHANNEL, suggestedName, content),
  /** The system folder picker; resolves to the folder or null. */
  chooseFolder: () => ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL),
  onMenuCommand: (listener: (command: string) => void) => {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === "string") listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
});
