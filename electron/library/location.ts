// Which library file to open: --library, then COPYDESK_LIBRARY, then the default folder.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const LIBRARY_FILE_NAME = "copydesk-library.db";

export function libraryPathFrom(argv: readonly string[], env: NodeJS.ProcessEnv, defaultDir: string): string {
  const i = argv.findIndex((a) => a === "--library" || a.startsWith("--library="));
  if (i >= 0) {
    const arg = argv[i];
    const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
    if (value) return resolve(value);
  }
  if (env.COPYDESK_LIBRARY) return resolve(env.COPYDESK_LIBRARY);
  return join(defaultDir, LIBRARY_FILE_NAME);
}

export function ensureParentFolder(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}

/** Where Electron keeps Copydesk's userData, so the CLI and web host find the app's library. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === "darwin") return join(home, "Library", "Application Support", "Copydesk");
  if (platform === "win32") return join(env.APPDATA ?? join(home, "AppData", "Roaming"), "Copydesk");
  return join(env.XDG_CONFIG_HOME ?? join(home, ".config"), "Copydesk");
}
