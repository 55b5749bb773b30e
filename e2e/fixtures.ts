// Each test gets its own library file and its own Copydesk: the web host started by the
// real CLI (browser lane) or the Electron app (Electron lane).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { _electron, test as base, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "./chromium.ts";

const root = resolve(import.meta.dirname, "..");

export interface CopydeskApp {
  page: Page;
  libraryPath: string;
  /** Run the copydesk CLI against this test's library. */
  cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

/** The Electron binary, if one was ever downloaded (never here: the network is closed). */
function electronBinary(): string | null {
  // Not require("electron"): on a missing binary it starts a download.
  const dir = join(dirname(createRequire(import.meta.url).resolve("electron/package.json")));
  const pathFile = join(dir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, "dist", readFileSync(pathFile, "utf8").trim());
  return existsSync(binary) ? binary : null;
}

function startWebHost(libraryPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(root, "electron/cli/copydesk.js"), "serve", "--library", libraryPath],
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
      const match = /served at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
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
        const binary = electronBinary();
        test.skip(!binary, "skipped: no Electron binary on this machine");
        const app = await _electron.launch({
          executablePath: binary!,
          args: [join(root, "out/main/index.js"), "--library", libraryPath],
        });
        const page = await app.firstWindow();
        await use({ page, libraryPath, cli });
        await app.close();
      } else {
        const host = await startWebHost(libraryPath);
        const browser = await playwright.chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: CHROMIUM_ARGS,
        });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(host.url);
        try {
          await use({ page, libraryPath, cli });
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
