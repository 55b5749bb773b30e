// Each test gets its own library file and its own Copydesk: the web host started by the
// real CLI (browser lane) or the Electron app (Electron lane).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { _electron, test as base, type Page } from "@playwright/test";
import { electronBinary } from "../electron/cli/electronBinary.ts";
import { CHROMIUM_ARGS } from "./chromium.ts";

const root = resolve(import.meta.dirname, "..");

export interface CopydeskApp {
  page: Page;
  libraryPath: string;
  /** Run the copydesk CLI against this test's library. */
  cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /**
   * Save what the app offers and read it back: a download in the browser; in Electron the
   * system save dialog, answered with a file in a temp folder.
   */
  saveFile(trigger: () => Promise<void>): Promise<{ fileName: string; content: string }>;
  /** Answer the next system folder picker (Electron only; the browser has a Folder field). */
  answerFolderPicker(folder: string): Promise<void>;
  lane: "browser" | "electron";
}

const waitForFile = async (dir: string): Promise<string> => {
  for (let i = 0; i < 100; i++) {
    const [name] = readdirSync(dir);
    if (name) return name;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the app saved no file");
};

export function startWebHost(libraryPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    // The specs make their export folders under the system's temp folder.
    [
      join(root, "electron/cli/copydesk.js"),
      "serve",
      "--port",
      "0",
      "--library",
      libraryPath,
      "--export-root",
      tmpdir(),
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return new Promise((resolveUrl, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // The printed address carries the one-time token that signs this browser in.
      const match = /served at (http:\/\/127\.0\.0\.1:\d+\/\S*)\r?\n/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl({ url: match[1], child });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`web host exited (${code}):\n${output}`)));
  });
}

function runCli(libraryPath: string, args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const child = spawn(
      process.execPath,
      [join(root, "electron/cli/copydesk.js"), ...args, "--library", libraryPath],
      {
        cwd: root,
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

export const test = base.extend<{ copydesk: CopydeskApp }>({
  copydesk: async ({ playwright }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-e2e-"));
    const libraryPath = join(dir, "library.db");
    const cli = (...args: string[]) => runCli(libraryPath, args);
    try {
      if (testInfo.project.name === "electron") {
        const binary = electronBinary(root); // never here: the network is closed
        test.skip(!binary, "skipped: no Electron binary on this machine");
        const app = await _electron.launch({
          executablePath: binary!,
          args: [join(root, "out/main/index.js"), "--library", libraryPath],
        });
        const page = await app.firstWindow();
        const saveFile = async (trigger: () => Promise<void>) => {
          const saveDir = mkdtempSync(join(dir, "saved-"));
          // The dialog is the operating system's; answer it in the main process.
          await app.evaluate(({ dialog }, folder) => {
            dialog.showSaveDialog = (async (...args: unknown[]) => {
              const options = args[args.length - 1] as { defaultPath?: string };
              return { canceled: false, filePath: `${folder}/${options.defaultPath ?? "export"}` };
            }) as typeof dialog.showSaveDialog;
          }, saveDir);
          await trigger();
          const fileName = await waitForFile(saveDir);
          return { fileName, content: readFileSync(join(saveDir, fileName), "utf8") };
        };
        const answerFolderPicker = (folder: string) =>
          app.evaluate(({ dialog }, chosen) => {
            dialog.showOpenDialog = (async () => ({
              canceled: false,
              filePaths: [chosen],
            })) as typeof dialog.showOpenDialog;
          }, folder);
        await use({ page, libraryPath, cli, saveFile, answerFolderPicker, lane: "electron" });
        await app.close();
      } else {
        const host = await startWebHost(libraryPath);
        const browser = await playwright.chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: CHROMIUM_ARGS,
        });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(host.url);
        // Opening the printed address leaves a clean one and a cookie the page cannot read.
        const landed = new URL(page.url());
        if (landed.search !== "" || (await page.evaluate(() => document.cookie)) !== "")
          throw new Error(`the web host's sign-in left a token in reach: ${page.url()}`);
        const saveFile = async (trigger: () => Promise<void>) => {
          const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
          return {
            fileName: download.suggestedFilename(),
            content: readFileSync((await download.path())!, "utf8"),
          };
        };
        const answerFolderPicker = async () => {
          throw new Error("a browser has no folder picker; fill the Folder field");
        };
        try {
          await use({ page, libraryPath, cli, saveFile, answerFolderPicker, lane: "browser" });
        } finally {
          await browser.close();
          host.child.kill();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from "@playwright/test";
