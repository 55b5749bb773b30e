// Test support: real library files in temp folders, and real second processes.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The project root, where a child process finds node_modules. */
export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

/** A file's bytes as a hash, or null when there is no file. */
export function fingerprint(path: string): string | null {
  return existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("hex") : null;
}

/** Run an ES module script in another Node process (the same Node as the tests). */
export function runScript(code: string, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--input-type=module", "-e", code, "--", ...args], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Wait until the process prints a line containing `marker` (or fails). */
export function waitForOutput(child: ChildProcess, marker: string): Promise<void> {
  return new Promise((done, fail) => {
    let seen = "";
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(marker)) done();
    });
    child.on("exit", (code) => fail(new Error(`exited ${code} before "${marker}": ${errors}`)));
  });
}

/** Wait for the process to end; its exit code and what it printed. */
export function finished(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => done({ code, stdout, stderr }));
  });
}
