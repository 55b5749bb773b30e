// export.toFolder writes only under the folder the user chose: never out through a path,
// a link or a system folder, never over a file unless told, never hanging on odd files.
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chosenFolders, exportRoot } from "./exportFolders.ts";
import { writeExport } from "./exportService.ts";

let dir: string;
let root: string;
let outside: string;
const page = (fileName = "story.html", content = "<h1>Story</h1>") => ({
  content,
  fileName,
  mimeType: "text/html",
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-export-root-"));
  root = join(dir, "exports");
  outside = join(dir, "outside");
  mkdirSync(outside);
  writeFileSync(join(outside, "story.html"), "the outside file");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: Error & { code?: string }) => error,
  );

describe("an export root", () => {
  it("takes a folder under it, by relative or absolute path, creating missing subfolders", async () => {
    const exports = exportRoot(root);
    const written = await writeExport(await exports.resolve("desk/monday"), page());
    expect(written).toBe(join(root, "desk", "monday", "story.html"));
    expect(readFileSync(written, "utf8")).toBe("<h1>Story</h1>");
    expect(await exports.resolve(join(root, "desk"))).toBe(join(root, "desk"));
    expect(await exports.resolve(".")).toBe(root);
  });

  it("refuses folders outside it: absolute paths, /../ and a link inside pointing out", async () => {
    const exports = exportRoot(root);
    for (const folder of [outside, "../outside", `${root}/../outside`, "desk/../../outside", "/etc"]) {
      const error = await refusal(exports.resolve(folder));
      expect(error?.message, folder).toMatch(/outside it/);
      expect((error as { code?: string }).code).toBe("refused");
    }
    mkdirSync(root, { recursive: true });
    symlinkSync(outside, join(root, "link"));
    const linked = await refusal(exports.resolve("link"));
    expect(linked?.message).toMatch(/link/);
    expect((await refusal(exports.resolve("link/deeper")))?.message).toMatch(/link/);
    expect(readdirSync(outside)).toEqual(["story.html"]);
    expect(readFileSync(join(outside, "story.html"), "utf8")).toBe("the outside file");
  });

  it("refuses a /proc folder at once instead of hanging, and a /proc root", async () => {
    expect((await refusal(exportRoot(root).resolve("/proc/self/x")))?.message).toMatch(/outside it/);
    expect((await refusal(exportRoot("/proc").resolve("x")))?.message).toMatch(/system folder/);
    expect((await refusal(exportRoot("/proc/self").resolve(".")))?.message).toMatch(/system folder|Cannot/);
    expect((await refusal(exportRoot("/sys/kernel").resolve(".")))?.message).toMatch(/system folder|Cannot/);
  });

  it("refuses a path nested absurdly deep", async () => {
    const deep = Array.from({ length: 40 }, (_, i) => `d${i}`).join("/");
    expect((await refusal(exportRoot(root).resolve(deep)))?.message).toMatch(/too deep/);
  });
});

describe("writing an export", () => {
  it("never replaces an existing file without the overwrite flag, and replaces it with it", async () => {
    const folder = await exportRoot(root).resolve(".");
    await writeExport(folder, page("story.html", "first"));
    const clash = await refusal(writeExport(folder, page("story.html", "second")));
    expect((clash as { code?: string }).code).toBe("conflict");
    expect(clash?.message).toMatch(/already in that folder/);
    expect(readFileSync(join(folder, "story.html"), "utf8")).toBe("first");
    await writeExport(folder, page("story.html", "second"), { overwrite: true });
    expect(readFileSync(join(folder, "story.html"), "utf8")).toBe("second");
    expect(readdirSync(folder)).toEqual(["story.html"]);
  });

  it("never writes through a link at the file's name, even when told to overwrite", async () => {
    const folder = await exportRoot(root).resolve(".");
    symlinkSync(join(outside, "story.html"), join(folder, "story.html"));
    expect((await refusal(writeExport(folder, page())))?.message).toMatch(/already in that folder/);
    await writeExport(folder, page("story.html", "replaced"), { overwrite: true });
    expect(readFileSync(join(outside, "story.html"), "utf8")).toBe("the outside file");
    expect(readFileSync(join(folder, "story.html"), "utf8")).toBe("replaced");
  });

  it("refuses a FIFO or a folder at the file's name instead of blocking on it", async () => {
    const folder = await exportRoot(root).resolve(".");
    execFileSync("mkfifo", [join(folder, "story.html")]);
    expect(await refusal(writeExport(folder, page()))).toBeTruthy();
    expect((await refusal(writeExport(folder, page(), { overwrite: true })))?.message).toMatch(/not a file/);
    mkdirSync(join(folder, "taken.html"));
    expect(await refusal(writeExport(folder, page("taken.html"), { overwrite: true }))).toBeTruthy();
  });

  it("refuses a file name that is a path", async () => {
    const folder = await exportRoot(root).resolve(".");
    for (const name of ["../escape.html", "a/b.html", "..", ""]) {
      expect(await refusal(writeExport(folder, page(name))), name).toBeTruthy();
    }
    expect(readdirSync(dir).sort()).toEqual(["exports", "outside"]);
  });
});

describe("folders chosen in the system dialog", () => {
  it("takes only a folder the dialog returned", async () => {
    const chosen = chosenFolders();
    expect((await refusal(chosen.resolve(outside)))?.message).toMatch(/Choose folder/);
    chosen.allow(outside);
    expect(await chosen.resolve(outside)).toBe(outside);
    expect(await refusal(chosen.resolve(join(outside, "..")))).toBeTruthy();
    expect(await refusal(chosen.resolve("outside"))).toBeTruthy();
  });
});
