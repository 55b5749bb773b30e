// export.toFolder through the web host: only under the export root, never over a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestHost, type TestHost } from "./server.test-support.ts";

let t: TestHost;
let articleId: string;
beforeEach(async () => {
  t = await startTestHost();
  articleId = JSON.parse((await t.call("articles.create", { headline: "Ferry strike ends" })).body).value.id;
});
afterEach(() => t.close());

const toFolder = (folder: string, extra: Record<string, unknown> = {}) =>
  t.call("export.toFolder", { articleId, format: "html", folder, ...extra });

describe("export.toFolder over HTTP", () => {
  it("writes under the export root, by a folder name or the full path", async () => {
    const named = await toFolder("monday");
    expect(named.status).toBe(200);
    expect(JSON.parse(named.body).value.path).toBe(
      join(t.dir, "exports", "monday", "ferry-strike-ends.html"),
    );
    expect((await toFolder(join(t.dir, "exports", "tuesday"))).status).toBe(200);
    expect(readdirSync(join(t.dir, "exports")).sort()).toEqual(["monday", "tuesday"]);
  });

  it("refuses any folder outside the root, /proc included, and writes nothing there", async () => {
    mkdirSync(join(t.dir, "elsewhere"));
    for (const folder of [join(t.dir, "elsewhere"), "../elsewhere", "/proc/self/cwd", "/proc/1/x"]) {
      const reply = await toFolder(folder);
      expect(reply.status, folder).toBe(403);
      expect(JSON.parse(reply.body).error.message).toMatch(/Exports go under/);
    }
    expect(readdirSync(join(t.dir, "elsewhere"))).toEqual([]);
    expect(existsSync(join(t.dir, "ferry-strike-ends.html"))).toBe(false);
  });

  it("answers an existing file with 409 and leaves it, and replaces it when told to", async () => {
    mkdirSync(join(t.dir, "exports"));
    const existing = join(t.dir, "exports", "ferry-strike-ends.html");
    writeFileSync(existing, "yesterday's page");
    const clash = await toFolder(".");
    expect(clash.status).toBe(409);
    expect(JSON.parse(clash.body).error.message).toMatch(/already in that folder/);
    expect(readFileSync(existing, "utf8")).toBe("yesterday's page");
    expect((await toFolder(".", { overwrite: true })).status).toBe(200);
    expect(readFileSync(existing, "utf8")).toContain("<h1>Ferry strike ends</h1>");
  });
});
