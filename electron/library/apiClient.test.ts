// The client checks every answer against the contract's output schema. Run over a real library
// (dispatch as the transport), every call a working day makes must pass; an answer of the
// wrong shape is refused.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportRoot } from "./exportFolders.ts";
import { openLibrary, type OpenLibrary } from "./index.ts";
import { body, paragraph, quotation, textNode } from "../../shared/document/build.ts";
import { createClient, type CopydeskClient } from "../../shared/api/client.ts";
import * as Y from "yjs";
import { CALL_NAMES, type CallName } from "../../shared/api/contract.ts";

let dir: string;
let library: OpenLibrary;
let client: CopydeskClient;
const called = new Set<CallName>();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-client-"));
  library = openLibrary(join(dir, "library.db"), { exportFolders: exportRoot(dir) });
  client = createClient(async (name, input) => {
    called.add(name);
    return library.dispatch(name, input);
  }, CALL_NAMES);
});
afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

async function workingDay(c: CopydeskClient) {
  await c["settings.setEditorName"]({ name: "Desk" });
  await c["library.info"]({});
  await c["library.health"]({});
  await c["library.check"]({});
  const story = await c["articles.create"]({ headline: "Bridge vote", section: "Local" });
  const source = await c["sources.create"]({ name: "Ana Ruiz", articleId: story.id });
  const other = await c["sources.create"]({ name: "Ana Ruis" });
  const words = body([
    paragraph([
      textNode("The mayor said "),
      quotation("we will build the bridge this year", { quoteId: "q1", sourceId: source.id }),
    ]),
  ]);
  await c["articles.update"]({ id: story.id, changes: { body: words, byline: "Lee" } });
  await c["articles.checkpoint"]({ id: story.id, reason: "Before edits" });
  await c["articles.list"]({});
  await c["articles.list"]({ query: "bridge" });
  await c["articles.sections"]({});
  await c["articles.get"]({ id: story.id });
  await c["articles.sources"]({ articleId: story.id });
  await c["articles.attachSource"]({ articleId: story.id, sourceId: other.id });
  await c["articles.detachSource"]({ articleId: story.id, sourceId: other.id });
  await c["sources.find"]({ query: "Ana" });
  await c["sources.findEach"]({ queries: ["Ana", "Ruiz"] });
  await c["sources.get"]({ id: source.id });
  await c["sources.update"]({ id: source.id, changes: { title: "Mayor" } });
  await c["sources.quotes"]({ sourceId: source.id });
  await c["sources.merge"]({ keepId: source.id, mergeId: other.id });
  await c["suggestions.reject"]({ articleId: story.id, fingerprint: "q00000000" });
  await c["suggestions.rejected"]({ articleId: story.id });
  const { findings } = await c["review.findings"]({ articleId: story.id });
  await c["review.context"]({ articleId: story.id });
  await c["review.gate"]({ articleId: story.id });
  const signed = await c["review.signOff"]({
    articleId: story.id,
    findingId: findings[0]?.id ?? "x",
    rule: findings[0]?.rule ?? "x",
    excerpt: "",
    note: "Checked.",
  });
  await c["review.withdrawSignOff"]({ id: signed.id });
  await c["export.render"]({ articleId: story.id, format: "ninjs" });
  await c["export.toFolder"]({ articleId: story.id, format: "html", folder: dir });
  const [revision] = await c["revisions.list"]({ articleId: story.id });
  await c["revisions.get"]({ id: revision.id });
  await c["revisions.restore"]({ articleId: story.id, revisionId: revision.id });
  const imported = await c["articles.importText"]({
    fileName: "ferry.txt",
    text: "Ferry strike ends\n\nCrews returned.",
  });
  await c["articles.trash"]({ id: imported.id });
  await c["articles.restore"]({ id: imported.id });
  await c["articles.trash"]({ id: imported.id });
  await c["articles.emptyTrash"]({});
  const picture = await c["pictures.add"]({ data: PIXEL, fileName: "pixel.png" });
  await c["pictures.get"]({ hash: picture.hash });
  await deskDay(c, story.id);
  await commentDay(c, story.id);
  const backup = await c["library.backup"]({});
  await c["library.backups"]({});
  return backup;
}

/** The desk's own calls: export choices, house style, length, corrections, Word import. */
async function deskDay(c: CopydeskClient, storyId: string) {
  await c["settings.exportChoices"]({});
  await c["settings.setExportChoices"]({
    format: "html",
    typography: true,
    quoteAttributes: false,
    quotationJsonLd: false,
    includePeople: false,
  });
  const { rules } = await c["style.sheet"]({});
  await c["style.saveRule"]({ rule: { ...rules[0], id: "desk-test" } });
  await c["style.deleteRule"]({ id: "desk-test" });
  const { csv } = await c["style.exportCsv"]({});
  await c["style.importCsv"]({ csv, mode: "merge" });
  await c["style.setPlaceholders"]({ markers: ["TK"] });
  await c["length.get"]({ articleId: storyId });
  await c["length.setTarget"]({ articleId: storyId, words: 600 });
  await c["length.setLimits"]({ articleId: storyId, headline: 70, dek: 160 });
  const empty = await c["articles.create"]({});
  await c["articles.discardUntouched"]({ id: empty.id });
  const notice = await c["articles.create"]({ headline: "Library hours", body: noticeBody });
  await c["articles.update"]({ id: notice.id, changes: { status: "published" } });
  await c["corrections.add"]({ articleId: notice.id, text: "The library opens at nine, not ten." });
  await c["corrections.list"]({ articleId: notice.id });
  await deskSyncDay(c, notice.id);
  const text = Buffer.from("Harbour fees rise\n\nFees go up in May.").toString("base64");
  await c["articles.importFile"]({ fileName: "harbour.txt", data: text });
}

/** A library on a desk: join, share a story, keep its Yjs state, open another, leave. */
async function deskSyncDay(c: CopydeskClient, articleId: string) {
  await c["deskSync.info"]({});
  await c["deskSync.join"]({ address: "ws://127.0.0.1:4870", token: "Zq3v8Yx0h3e1Qk9N2b7WcR5tLmPa" });
  await c["deskSync.putOnDesk"]({ articleId });
  const doc = new Y.Doc();
  doc.getText("body").insert(0, "The library opens at nine.");
  const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64");
  await c["deskSync.saveState"]({ articleId, update });
  await c["deskSync.story"]({ articleId });
  await c["deskSync.takeStory"]({ storyId: "from-another-desk", headline: "Harbour fees rise" });
  await c["deskSync.leave"]({});
}

/** Margin comments and the spellchecker's words. */
async function commentDay(c: CopydeskClient, storyId: string) {
  const threadId = "0b8d6c2e-thread";
  await c["comments.start"]({ articleId: storyId, threadId, quote: "the bridge", text: "Which bridge?" });
  await c["comments.reply"]({ threadId, text: "The Old Bridge." });
  await c["comments.resolve"]({ threadId });
  await c["comments.reopen"]({ threadId });
  await c["comments.list"]({ articleId: storyId });
  await c["comments.delete"]({ threadId });
  await c["comments.restore"]({ threadId });
  await c["sources.spellingWords"]({});
}

/** A 1 x 1 PNG. */
const PIXEL =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const noticeBody = body([paragraph([textNode("The library opens at nine on weekdays.")])]);

describe("the client", () => {
  it("accepts every answer a working day gets from a real library", async () => {
    await expect(workingDay(client)).resolves.toBeDefined();
    const missed = CALL_NAMES.filter((name) => !called.has(name) && name !== "library.restore");
    expect(missed).toEqual([]);
  }, 60_000);

  it("refuses an answer that does not have the shape the contract promises", async () => {
    const liar = createClient(async () => ({ ok: true, value: { headline: 42 } }), CALL_NAMES);
    await expect(liar["articles.get"]({ id: "a1" })).rejects.toThrow(
      /did not match the contract: articles\.get: .*\(headline\)/,
    );
  });

  it("refuses an answer that is not an envelope, and keeps a real error's code", async () => {
    const garbled = createClient(async () => ({ ok: false }) as never, CALL_NAMES);
    await expect(garbled["articles.get"]({ id: "a1" })).rejects.toThrow(/not one Copydesk understands/);
    const refusing = createClient(
      async () => ({ ok: false, error: { code: "not-found", message: "No such article." } }),
      CALL_NAMES,
    );
    await expect(refusing["articles.get"]({ id: "a1" })).rejects.toMatchObject({
      code: "not-found",
      message: "No such article.",
    });
  });
});
