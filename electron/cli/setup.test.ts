// Day one as a new user has it: the README's install and start commands, `npx copydesk`,
// and a global install, each run for real with the system's npm.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { electronBinary } from "./electronBinary.ts";

const root = resolve(import.meta.dirname, "../..");

// As a user's shell has it: no project node_modules/.bin on PATH (npm scripts put the pinned
// Node 24 there, which would hide what the system's Node and npm do) and no npm_* variables.
const userEnv = (): NodeJS.ProcessEnv => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const path = (process.env.PATH ?? "").split(delimiter).filter((entry) => !entry.includes("node_modules"));
  return { ...env, PATH: path.join(delimiter) };
};

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: "utf8", timeout: 290_000 });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-setup-"));
});
// A fresh install leaves hundreds of packages to remove: seconds on a busy machine.
afterEach(() => rmSync(dir, { recursive: true, force: true }), 120_000);

describe("setting up", () => {
  it("a fresh npm install leaves package-lock.json as committed", () => {
    // The files npm reads, as a fresh clone has them (the workspace included).
    mkdirSync(join(dir, "electron/cli"), { recursive: true });
    for (const file of [
      "package.json",
      "package-lock.json",
      "electron/cli/package.json",
      "electron/cli/copydesk.js",
    ])
      copyFileSync(join(root, file), join(dir, file));
    const committed = readFileSync(join(dir, "package-lock.json"), "utf8");
    const result = run(
      "npm",
      ["install", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund"],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, "package-lock.json"), "utf8")).toBe(committed);
  }, 300_000);

  it("npx copydesk prints no engine warnings before its answer", () => {
    const result = run("npx", ["--no-install", "copydesk", "list", "--library", join(dir, "l.db")], root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("The library is empty.");
    expect(result.stderr).not.toMatch(/EBADENGINE|npm warn/);
  }, 60_000);

  it("a global install gives a working copydesk command", () => {
    const prefix = join(dir, "global");
    const installed = run(
      "npm",
      ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", root],
      dir,
    );
    expect(installed.code, installed.stderr).toBe(0);
    const bin = process.platform === "win32" ? join(prefix, "copydesk.cmd") : join(prefix, "bin", "copydesk");
    const result = run(bin, ["list", "--library", join(dir, "l.db")], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("The library is empty.");
  }, 60_000);

  it.skipIf(electronBinary(root) !== null)(
    "npm start without Electron's binary says so in one line and points at npm run web",
    () => {
      const result = run("npm", ["start"], root);
      expect(result.code).not.toBe(0);
      // Past npm's own "> copydesk@0.1.0 start" header, one line and no stack trace.
      const lines = `${result.stdout}${result.stderr}`
        .split("\n")
        .filter((l) => l.trim() && !l.startsWith("> "));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/Electron's binary is missing.*npm run web/);
    },
    60_000,
  );
});

describe("electronBinary", () => {
  it("finds the binary only where Electron's package recorded one that exists", () => {
    const electron = join(dir, "node_modules/electron");
    mkdirSync(join(electron, "dist"), { recursive: true });
    writeFileSync(join(dir, "package.json"), "{}");
    writeFileSync(join(electron, "package.json"), JSON.stringify({ name: "electron", main: "index.js" }));
    expect(electronBinary(dir)).toBeNull();
    writeFileSync(join(electron, "path.txt"), "electron");
    expect(electronBinary(dir)).toBeNull();
    writeFileSync(join(electron, "dist/electron"), "");
    expect(electronBinary(dir)).toBe(join(electron, "dist/electron"));
  });
});
