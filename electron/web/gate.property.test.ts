// Property-based: whatever a local process sends, the web host lets nothing in without the
// session cookie, and answers the signed-in page's bad input with 4xx, never a 5xx or a crash.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALL_NAMES } from "../../shared/api/contract.ts";
import { startTestHost, type TestHost } from "./server.test-support.ts";

let t: TestHost;
let token: string;
beforeAll(async () => {
  t = await startTestHost();
  token = new URL(t.host.launchUrl).searchParams.get("token")!;
});
afterAll(() => t.close());

/** Printable Latin-1: what an HTTP header can carry (Node refuses anything else). */
const headerText = fc
  .array(
    fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f),
    { maxLength: 60 },
  )
  .map((codes) => String.fromCharCode(...codes));
const pathPart = fc.constantFrom(
  "a",
  "api",
  "assets",
  "index.html",
  "%",
  "%2e%2e",
  "..",
  "%ZZ",
  "%E0%A4%A",
  "?token=",
  "&",
  "%00",
  "app.js",
);
const path = fc.array(pathPart, { maxLength: 6 }).map((parts) => `/${parts.join("/")}`);
const method = fc.constantFrom("GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD");

describe("the web host under arbitrary requests", () => {
  it("refuses everything without the session cookie and never serves the token", async () => {
    const port = new URL(t.host.url).port;
    await fc.assert(
      fc.asyncProperty(
        path,
        method,
        headerText,
        fc.constantFrom(undefined, `http://127.0.0.1:${port}`, "http://evil.example", "null"),
        fc.boolean(),
        async (p, m, cookieValue, origin, wrongHost) => {
          const headers: Record<string, string> = { cookie: `copydesk-session-${port}=${cookieValue}` };
          if (origin) headers.origin = origin;
          if (wrongHost) headers.host = `attacker.example:${port}`;
          const reply = await t.send(p, { method: m, headers, body: m === "POST" ? "{}" : undefined });
          expect([400, 401, 421]).toContain(reply.status);
          expect(reply.body).not.toContain(token);
          expect(reply.body).not.toContain("console.log");
        },
      ),
      { numRuns: 300 },
    );
    expect(t.library.service["articles.list"]({})).toEqual([]);
  });

  it("answers any payload to any call with the envelope: 2xx or 4xx, never 5xx", async () => {
    const name = fc.oneof(fc.constantFrom(...CALL_NAMES), fc.string({ maxLength: 20 }));
    const body = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? "null"),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(name, body, async (call, text) => {
        const reply = await t.send(`/api/${encodeURIComponent(call)}`, {
          method: "POST",
          headers: {
            cookie: await t.signIn(),
            origin: t.host.url.slice(0, -1),
            "content-type": "application/json",
          },
          body: text,
        });
        expect(reply.status, `${call} ${text}: ${reply.body}`).toBeLessThan(500);
        const envelope = JSON.parse(reply.body) as { ok: boolean; error?: { message: string } };
        expect(envelope.ok).toBe(reply.status === 200);
        if (!envelope.ok) expect(envelope.error?.message).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});
