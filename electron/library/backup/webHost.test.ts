// The same backup and restore calls through the real web host, as the browser makes them.
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestHost, type TestHost } from "../../web/server.test-support.ts";

let t: TestHost;
beforeEach(async () => {
  t = await startTestHost();
});
afterEach(() => t.close());

const value = (reply: { body: string }) =>
  (JSON.parse(reply.body) as { value: Record<string, unknown> }).value;

describe("backups over the web host", () => {
  it("backs up, lists and restores, and will not restore from a path outside the backup folder", async () => {
    expect((await t.call("articles.create", { headline: "Held by the backup" })).status).toBe(200);
    const backup = await t.call("library.backup", {});
    expect(backup.status).toBe(200);
    const path = value(backup).path as string;
    await t.call("articles.create", { headline: "Written after it" });

    const listed = JSON.parse((await t.call("library.backups", {})).body) as {
      value: { fileName: string }[];
    };
    expect(listed.value.map((b) => b.fileName)).toEqual([basename(path)]);

    const restored = await t.call("library.restore", { file: basename(path) });
    expect(restored.status).toBe(200);
    expect(value(restored)).toMatchObject({ articles: 1 });
    const list = JSON.parse((await t.call("articles.list", {})).body) as { value: { headline: string }[] };
    expect(list.value.map((a) => a.headline)).toEqual(["Held by the backup"]);

    const outside = await t.call("library.restore", { file: join(t.dir, "library.db") });
    expect(outside.status).toBe(404);
    expect((await t.send("/api/library.backup", { method: "POST", body: "{}" })).status).toBe(401);
  });
});
