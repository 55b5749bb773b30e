import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openLibrary, type OpenLibrary } from "../library/index.ts";
import { tempLibraryPath } from "../library/testLibrary.ts";
import { startWebHost, type WebHost } from "./server.ts";

let lib: ReturnType<typeof tempLibraryPath>;
let library: OpenLibrary;
let host: WebHost;

beforeEach(async () => {
  lib = tempLibraryPath();
  library = openLibrary(lib.path);
  const rendererDir = join(lib.path, "..", "renderer");
  mkdirSync(join(rendererDir, "assets"), { recursive: true });
  writeFileSync(
    join(rendererDir, "index.html"),
    '<html><head><meta name="copydesk-token" content="" /></head></html>',
  );
  writeFileSync(join(rendererDir, "assets", "app.js"), "console.log('app')");
  writeFileSync(join(lib.path, "..", "secret.txt"), "not for the web");
  host = await startWebHost({ dispatch: library.dispatch, rendererDir });
});
afterEach(async () => {
  await host.close();
  library.close();
  lib.cleanup();
});

/** A raw HTTP request, so the test controls Host and Origin exactly as an attacker could. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: url.port, path, method: options.method ?? "GET", headers: options.headers },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const call = (name: string, input: unknown, headers: Record<string, string>) =>
  send(`/api/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(input),
  });

describe("the loopback web host", () => {
  it("listens on 127.0.0.1 and hands this launch's token to its own page, with a strict CSP", async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await send("/");
    expect(page.body).toContain(`<meta name="copydesk-token" content="${host.token}" />`);
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect((await send("/assets/app.js")).body).toBe("console.log('app')");
  });

  it("answers a call with the token and the right origin", async () => {
    const origin = host.url.slice(0, -1);
    const created = await call(
      "articles.create",
      { headline: "Via HTTP" },
      { "x-copydesk-token": host.token, origin },
    );
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { headline: "Via HTTP" } });
  });

  it("refuses calls without the token, with a wrong token, or from another origin", async () => {
    const origin = host.url.slice(0, -1);
    expect((await call("articles.list", {}, { origin })).status).toBe(403);
    expect(
      (await call("articles.list", {}, { origin, "x-copydesk-token": "x".repeat(host.token.length) })).status,
    ).toBe(403);
    const evil = await call(
      "articles.list",
      {},
      { origin: "http://evil.example", "x-copydesk-token": host.token },
    );
    expect(evil.status).toBe(403);
    expect(library.service["articles.list"]({})).toEqual([]);
  });

  it("refuses a request for another host name (DNS rebinding) and never serves files outside the app", async () => {
    const rebound = await send("/", { headers: { host: `attacker.example:${new URL(host.url).port}` } });
    expect(rebound.status).toBe(421);
    const traversal = await send("/../secret.txt");
    expect(traversal.body).not.toContain("not for the web");
    const encoded = await send("/%2e%2e/secret.txt");
    expect(encoded.body).not.toContain("not for the web");
  });

  it("reports bad JSON as a clear error and keeps the library as it was", async () => {
    const origin = host.url.slice(0, -1);
    const bad = await send("/api/articles.create", {
      method: "POST",
      headers: { "x-copydesk-token": host.token, origin },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: "bad-input" } });
    expect(library.service["articles.list"]({})).toEqual([]);
  });
});
