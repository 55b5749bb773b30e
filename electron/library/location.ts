// Which library file to open: --library, then COPYDESK_LIBRARY, then the default folder.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";

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

/** Folders a library may be made in go this deep below the nearest existing one, no deeper. */
const MAX_NEW_FOLDERS = 16;

/**
 * Make the library's folder, one level at a time from the nearest folder that exists. Not
 * `mkdir -p`: Node's recursive mkdir spins forever under /proc, and a library there is a
 * mistake to refuse, not a hang.
 */
export function ensureParentFolder(path: string): void {
  const missing: string[] = [];
  let folder = dirname(resolve(path));
  while (!existsSync(folder)) {
    missing.unshift(folder);
    if (missing.length > MAX_NEW_FOLDERS || dirname(folder) === folder)
      throw new CopydeskError("refused", `Cannot make a library folder for ${path}.`);
    folder = dirname(folder);
  }
  for (const next of missing) {
    try {
      mkdirSync(next);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      if (code !== "EEXIST")
        throw new CopydeskError("refused", `Cannot make the library folder ${next} (${code}).`);
    }
  }
}

/** Where Electron keeps Copydesk's userData, so the CLI and web host find the app's library. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === "darwin") return join(home, "Library", "Application Support", "Copydesk");
  if (platform === "win32") return join(env.APPDATA ?? join(home, "AppData", "Roaming"), "Copydesk");
  return join(env.XDG_CONFIG_HOME ?? join(home, ".config"), "Copydesk");
}
