// The web host answers bad requests with the status code that says whose mistake it was.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "./server.ts";
import { startTestHost, type TestHost } from "./server.test-support.ts";

let t: TestHost;
beforeEach(async () => {
  t = await startTestHost();
});
afterEach(() => t.close());

describe("status codes", () => {
  it("answers a malformed %-escape with 400, signed in or not", async () => {
    expect((await t.send("/%E0%A4%A", { headers: { cookie: await t.signIn() } })).status).toBe(400);
    expect((await t.send("/api/%ZZ", { method: "POST", headers: { cookie: await t.signIn() } })).status).toBe(
      400,
    );
    expect((await t.send("/%E0%A4%A")).status).toBe(401);
  });

  it("answers a non-ASCII token or cookie with 401, not a crash", async () => {
    expect((await t.send("/?token=%C3%A9t%C3%A9")).status).toBe(401);
    const port = new URL(t.host.url).port;
    const cookie = Buffer.from(`copydesk-session-${port}=\u00e9t\u00e9`, "latin1").toString("latin1");
    expect((await t.send("/", { headers: { cookie } })).status).toBe(401);
    expect((await t.call("articles.list", {}, { cookie })).status).toBe(401);
  });

  it("answers an oversized body with 413 and changes nothing", async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, "a");
    expect((await t.call("articles.create", {})).status).toBe(200);
    const tooLarge = await t.send("/api/articles.create", {
      method: "POST",
      headers: {
        cookie: await t.signIn(),
        origin: t.host.url.slice(0, -1),
        "content-type": "application/json",
      },
      body: big,
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ ok: false, error: { code: "bad-input" } });
    // Streamed without a declared length: cut off at the limit, still a readable 413.
    const streamed = await t.send("/api/articles.create", {
      method: "POST",
      headers: {
        cookie: await t.signIn(),
        origin: t.host.url.slice(0, -1),
        "content-type": "application/json",
        "transfer-encoding": "chunked",
      },
      body: big,
    });
    expect(streamed.status).toBe(413);
    expect(t.library.service["articles.list"]({})).toHaveLength(1);
  });

  it("answers bad JSON with 400 and keeps the library as it was", async () => {
    const bad = await t.send("/api/articles.create", {
      method: "POST",
      headers: { cookie: await t.signIn(), origin: t.host.url.slice(0, -1) },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: "bad-input" } });
    expect(t.library.service["articles.list"]({})).toEqual([]);
  });

  it("carries call errors as 4xx with the envelope's message, 200 only for success", async () => {
    const badInput = await t.call("articles.create", { headline: 42 });
    expect(badInput.status).toBe(400);
    expect(JSON.parse(badInput.body).error.message).toContain("headline");

    const unknown = await t.call("articles.nonsense", {});
    expect(unknown.status).toBe(400);

    const missing = await t.call("articles.get", { id: "0".repeat(26) });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: "not-found" } });

    expect((await t.call("articles.create", { headline: "One", slug: "same" })).status).toBe(200);
    const clash = await t.call("articles.create", { headline: "Two", slug: "same" });
    expect(clash.status).toBe(409);
    expect(JSON.parse(clash.body).error.message).toContain("same");

    expect((await t.send("/api/articles.list", { headers: { cookie: await t.signIn() } })).status).toBe(405);
  });
});
