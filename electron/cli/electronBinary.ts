// Where Electron's own binary is, if it was ever downloaded. Electron's npm package fetches
// it in a postinstall step, which fails (or never runs) on a machine without network access
// to its release host; then the app runs in a browser through the web host instead.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The binary's path, or null when it is missing. `from` is the folder to resolve `electron` from. */
export function electronBinary(from: string): string | null {
  let dir: string;
  try {
    // Not require("electron"): on a missing binary that starts a download.
    dir = dirname(createRequire(join(from, "package.json")).resolve("electron/package.json"));
  } catch {
    return null;
  }
  const pathFile = join(dir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, "dist", readFileSync(pathFile, "utf8").trim());
  return existsSync(binary) ? binary : null;
}
