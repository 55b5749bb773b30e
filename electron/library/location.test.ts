import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureParentFolder } from "./location.ts";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("a library's folder", () => {
  it("is made, however many levels are missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-location-"));
    made.push(dir);
    ensureParentFolder(join(dir, "desk", "2026", "library.db"));
    expect(statSync(join(dir, "desk", "2026")).isDirectory()).toBe(true);
    ensureParentFolder(join(dir, "desk", "2026", "library.db")); // already there: fine
  });

  it("under /proc is refused with a message, where mkdir -p would spin for ever", () => {
    expect(() => ensureParentFolder("/proc/self/copydesk/desk/library.db")).toThrow(/library folder/);
  });

  it("below a file is refused with a message", () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-location-"));
    made.push(dir);
    writeFileSync(join(dir, "notes.txt"), "not a folder");
    expect(() => ensureParentFolder(join(dir, "notes.txt", "inner", "library.db"))).toThrow(
      /Cannot make the library folder .*notes\.txt.inner \(ENOTDIR\)/,
    );
  });
});
