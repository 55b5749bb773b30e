// The Electron fuses a release build ships with (flipped in the packaged binary by
// afterPack.ts). Each one closes a door an attacker with local access could use to run
// code as Copydesk, and so reach the library, without touching the app's own files.
import { type FuseV1Config, FuseV1Options, FuseVersion } from "@electron/fuses";

export const RELEASE_FUSES: FuseV1Config = {
  version: FuseVersion.V1,
  // A future Electron with a new fuse fails the build until someone decides on it here.
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect would each make the binary a plain
  // Node (or a debuggable one) with the app's identity and file access.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Cookies and local storage encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // The app's code comes only from app.asar, whose header hash is checked (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served from app://, so file:// pages need no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's defaults, stated so the strict check passes.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  productFilename: string;
  executableName: string;
}

/** The file (or .app bundle) whose fuse wire electron-builder just packed. */
export function packedBinary(app: PackedApp): string {
  const { appOutDir, electronPlatformName: platform } = app;
  if (platform === "darwin" || platform === "mas") return `${appOutDir}/${app.productFilename}.app`;
  if (platform === "win32") return `${appOutDir}/${app.productFilename}.exe`;
  return `${appOutDir}/${app.executableName}`;
}
