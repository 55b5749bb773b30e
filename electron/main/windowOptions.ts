// The main window's web preferences, in one plain function (tested without Electron).
// Each one is the Electron security checklist's answer; electronegativity checks them too.

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  disableBlinkFeatures: string;
  spellcheck: boolean;
  devTools: boolean;
}

/** `packaged`: a release build, where DevTools cannot be opened at all. */
export function mainWindowPreferences(preloadPath: string, packaged: boolean): SecureWebPreferences {
  return {
    // A preload is deliberate: it is the sandboxed, context-isolated bridge (electron/preload)
    // that exposes one typed client and never ipcRenderer itself.
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click opens links in new windows without a click event the page can see.
    disableBlinkFeatures: "Auxclick",
    spellcheck: true,
    devTools: !packaged,
  };
}
