// `npm start` / `npm run dev`: open the app in Electron, or say in one line what to do
// where Electron's binary is missing (electron-vite would end in a stack trace).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { electronBinary } from "./electronBinary.ts";

const MISSING_ELECTRON =
  "Electron's binary is missing (it downloads on install, which needs network access); `npm run web` serves the same app in your browser.";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const mode = process.argv[2] === "dev" ? "dev" : "preview";

if (!process.env.ELECTRON_EXEC_PATH && !electronBinary(projectRoot)) {
  process.stderr.write(`${MISSING_ELECTRON}\n`);
  process.exitCode = 1;
} else {
  const cli = join(projectRoot, "node_modules", "electron-vite", "bin", "electron-vite.js");
  const result = spawnSync(process.execPath, [cli, mode, ...process.argv.slice(3)], { stdio: "inherit" });
  process.exitCode = result.status ?? 1;
}
