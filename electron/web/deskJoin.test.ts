// A library joining a desk, through the real web host over a real library file: the address
// and token are checked at the boundary, the page may then connect to that desk and no other
// address, and a desk story's Yjs state is kept in the library, merged update by update.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startTestHost, type TestHost } from "./server.test-support.ts";

let t: TestHost;
let cookie: string;
beforeEach(async () => {
  t = await startTestHost();
  cookie = await t.signIn();
});
afterEach(() => t.close());

const TOKEN = "Zq3v8Yx0h3e1Qk9N2b7WcR5tLmPaSdFgHjKl0123abc";
const call = async (name: string, input: unknown) => {
  const reply = await t.call(name, input, { cookie });
  return { status: reply.status, body: JSON.parse(reply.body) as { ok: boolean; value?: unknown } };
};
const connectSrc = async () => {
  const page = await t.send("/", { headers: { cookie } });
  return /connect-src ([^;]*)/.exec(String(page.headers["content-security-policy"]))![1];
};

describe("joining a desk", () => {
  it("lets the page reach exactly the joined desk's address", async () => {
    expect(await connectSrc()).toBe("'self'");
    const joined = await call("deskSync.join", { address: "wss://desk.example.org:8443/", token: TOKEN });
    expect(joined.body).toMatchObject({ ok: true, value: { address: "wss://desk.example.org:8443" } });
    expect(await connectSrc()).toBe("'self' wss://desk.example.org:8443");
    await call("deskSync.leave", {});
    expect(await connectSrc()).toBe("'self'");
  });

  it("refuses an address that is not a WebSocket one, or a token that is not a desk token", async () => {
    for (const address of [
      "http://desk.example.org",
      "javascript:alert(1)",
      "wss://user:pw@desk.example.org",
    ]) {
      const reply = await call("deskSync.join", { address, token: TOKEN });
      expect(reply.body.ok, address).toBe(false);
    }
    expect((await call("deskSync.join", { address: "ws://127.0.0.1:4870", token: "short" })).body.ok).toBe(
      false,
    );
    expect(await connectSrc()).toBe("'self'");
  });
});

describe("a desk story's Yjs state in the library", () => {
  it("keeps every update, merged, for the story to open with no connection", async () => {
    await call("deskSync.join", { address: "ws://127.0.0.1:4870", token: TOKEN });
    const created = await call("articles.create", { headline: "Council passes budget" });
    const articleId = (created.body.value as { id: string }).id;
    const put = await call("deskSync.putOnDesk", { articleId });
    expect(put.body.value).toEqual({ storyId: articleId, state: null });

    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    doc.getText("body").insert(0, "The council met.");
    doc.getText("body").insert(16, " It voted 7-2.");
    for (const u of updates)
      await call("deskSync.saveState", { articleId, update: Buffer.from(u).toString("base64") });

    const kept = (await call("deskSync.story", { articleId })).body.value as { state: string };
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, new Uint8Array(Buffer.from(kept.state, "base64")));
    expect(reopened.getText("body").toString()).toBe("The council met. It voted 7-2.");
  });

  it("opens a desk story from another desktop as one local article, the second time too", async () => {
    await call("deskSync.join", { address: "ws://127.0.0.1:4870", token: TOKEN });
    const first = await call("deskSync.takeStory", { storyId: "abc123", headline: "Storm closes schools" });
    const again = await call("deskSync.takeStory", { storyId: "abc123", headline: "Storm closes schools" });
    const id = (first.body.value as { article: { id: string } }).article.id;
    expect((again.body.value as { article: { id: string } }).article.id).toBe(id);
    expect((await call("deskSync.story", { articleId: id })).body.value).toMatchObject({ storyId: "abc123" });
  });

  it("refuses to put a story on the desk before the library has joined one", async () => {
    const created = await call("articles.create", { headline: "Local only" });
    const articleId = (created.body.value as { id: string }).id;
    expect((await call("deskSync.putOnDesk", { articleId })).body.ok).toBe(false);
    expect((await call("deskSync.story", { articleId })).body.value).toEqual({ storyId: null, state: null });
  });
});
