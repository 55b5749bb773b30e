// The release fuses, flipped by the real afterPack hook in a file that carries Electron's
// fuse wire (the sentinel, the wire version, then one byte per fuse).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FuseV1Options, getCurrentFuseWire } from "@electron/fuses";
import { Arch, type AfterPackContext } from "electron-builder";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import afterPack from "./afterPack.ts";
import { packedBinary } from "./fuses.ts";

const SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
const ENABLED = 0x31;
const DISABLED = 0x30;
/** Electron's own defaults: RunAsNode, NODE_OPTIONS, --inspect, file:// privileges and Wasm traps on. */
const DEFAULT_WIRE = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? ENABLED : DISABLED));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-fuses-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What electron-builder hands the hook for a Linux build into `dir` (the parts it reads). */
const linuxBuild = () =>
  ({
    appOutDir: dir,
    electronPlatformName: "linux",
    arch: Arch.x64,
    packager: { appInfo: { productFilename: "Copydesk" }, executableName: "copydesk" },
  }) as unknown as AfterPackContext;

function fakeElectron(path: string) {
  const wire = Buffer.from([1, DEFAULT_WIRE.length, ...DEFAULT_WIRE]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from("\x7fELF..."), Buffer.from(SENTINEL), wire, Buffer.from("...")]),
  );
}

describe("the release fuses", () => {
  it("are flipped in the packed Linux binary by the afterPack hook", async () => {
    const binary = join(dir, "copydesk");
    fakeElectron(binary);
    await afterPack(linuxBuild());
    const wire = await getCurrentFuseWire(binary);
    const on = (fuse: FuseV1Options) => wire[fuse] === ENABLED;
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
    expect(readFileSync(binary).subarray(-3).toString()).toBe("...");
  });

  it("refuse to build against an Electron with a fuse nobody decided on", async () => {
    const binary = join(dir, "copydesk");
    const wire = Buffer.from([1, 10, ...DEFAULT_WIRE, ENABLED]);
    writeFileSync(binary, Buffer.concat([Buffer.from(SENTINEL), wire]));
    await expect(afterPack(linuxBuild())).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it("find the binary on each platform", () => {
    const app = { appOutDir: "/out", productFilename: "Copydesk", executableName: "copydesk" };
    expect(packedBinary({ ...app, electronPlatformName: "linux" })).toBe("/out/copydesk");
    expect(packedBinary({ ...app, electronPlatformName: "win32" })).toBe("/out/Copydesk.exe");
    expect(packedBinary({ ...app, electronPlatformName: "darwin" })).toBe("/out/Copydesk.app");
  });
});
