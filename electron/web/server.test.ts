import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestHost, type TestHost } from "./server.test-support.ts";

let t: TestHost;
beforeEach(async () => {
  t = await startTestHost();
});
afterEach(() => t.close());

const launchPath = () => {
  const launch = new URL(t.host.launchUrl);
  return launch.pathname + launch.search;
};

describe("the web host lets in only the browser that opened the printed address", () => {
  it("refuses the page, its assets and the API to a request without the session cookie", async () => {
    const token = new URL(t.host.launchUrl).searchParams.get("token")!;
    expect(token.length).toBeGreaterThan(30);
    for (const path of ["/", "/index.html", "/assets/app.js", "/some/route"]) {
      const reply = await t.send(path);
      expect(reply.status, path).toBe(401);
      expect(reply.body).not.toContain(token);
      expect(reply.body).not.toContain("console.log");
    }
    const origin = t.host.url.slice(0, -1);
    const call = await t.send("/api/articles.list", {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: "{}",
    });
    expect(call.status).toBe(401);
    expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: "refused" } });
  });

  it("trades the one-time token for an HttpOnly, SameSite=Strict cookie and a clean address", async () => {
    const opened = await t.send(launchPath());
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe("/");
    const setCookie = opened.headers["set-cookie"]![0]!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = setCookie.split(";")[0]!;

    const page = await t.send("/", { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain("<title>Copydesk</title>");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect((await t.send("/assets/app.js", { headers: { cookie } })).body).toBe("console.log('app')");

    // Opened again in the same browser: just the clean address, no new cookie.
    const reopened = await t.send(launchPath(), { headers: { cookie } });
    expect(reopened.status).toBe(303);
    expect(reopened.headers["set-cookie"]).toBeUndefined();

    // Spent: the same address lets no second browser in, and the page never holds a token.
    const again = await t.send(launchPath());
    expect(again.status).toBe(401);
    expect(again.headers["set-cookie"]).toBeUndefined();
    expect(page.body).not.toContain(new URL(t.host.launchUrl).searchParams.get("token")!);
  });

  it("answers a call with the cookie from our own origin", async () => {
    const created = await t.call("articles.create", { headline: "Via HTTP" });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { headline: "Via HTTP" } });
  });

  it("refuses a wrong cookie, a wrong token, another origin and another local port's page", async () => {
    const origin = t.host.url.slice(0, -1);
    const port = new URL(t.host.url).port;
    const forged = `copydesk-session-${port}=${"x".repeat(43)}`;
    expect((await t.call("articles.list", {}, { cookie: forged })).status).toBe(401);
    expect((await t.send("/?token=wrong")).status).toBe(401);
    expect((await t.call("articles.list", {}, { origin: "http://evil.example" })).status).toBe(403);
    const sameSite = await t.call("articles.list", {}, { origin, "sec-fetch-site": "same-site" });
    expect(sameSite.status).toBe(403);
    expect(t.library.service["articles.list"]({})).toEqual([]);
  });

  it("refuses another host name (DNS rebinding) and never serves files outside the app", async () => {
    const cookie = await t.signIn();
    const port = new URL(t.host.url).port;
    const rebound = await t.send("/", { headers: { host: `attacker.example:${port}`, cookie } });
    expect(rebound.status).toBe(421);
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt"]) {
      const reply = await t.send(path, { headers: { cookie } });
      expect(reply.body, path).not.toContain("not for the web");
    }
  });
});
