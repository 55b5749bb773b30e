import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../../shared/document/build.ts";
import { plainText } from "../../shared/document/text.ts";
import { createDispatch } from "./dispatch.ts";
import { REVISION_INTERVAL_MS, type Handlers } from "./service.ts";
import { freshServiceEachTest, type ServiceOnClock } from "./service.test-support.ts";
import type { LibraryStore } from "./store/interface.ts";

let store: LibraryStore;
let clock: ServiceOnClock["clock"];
let service: Handlers;
freshServiceEachTest((fresh) => ({ store, clock, service } = fresh));

const story = (...paragraphs: string[]) => body(paragraphs.map((p) => paragraph(p)));

describe("articles", () => {
  it("creates, reads and updates an article with its metadata and body", () => {
    const created = service["articles.create"]({ headline: "Council approves budget", section: "Local" });
    expect(created.status).toBe("draft");
    expect(created.slug).toBe("council-approves-budget");

    const updated = service["articles.update"]({
      id: created.id,
      changes: {
        dek: "A 4% rise",
        byline: "Ana Ruiz",
        dateline: "SPRINGFIELD",
        tags: ["budget", "council"],
        body: story("The council voted 7-2 on Tuesday.", "Taxes will rise."),
      },
    });
    expect(updated.wordCount).toBe(9);
    const read = service["articles.get"]({ id: created.id });
    expect(read).toMatchObject({
      dek: "A 4% rise",
      byline: "Ana Ruiz",
      tags: ["budget", "council"],
      section: "Local",
    });
    expect(plainText(read.body)).toBe("The council voted 7-2 on Tuesday.\n\nTaxes will rise.");
  });

  it("keeps slugs unique, follows the headline until the editor sets one, and refuses a taken slug", () => {
    const a = service["articles.create"]({ headline: "Storm hits coast" });
    const b = service["articles.create"]({ headline: "Storm hits coast" });
    expect([a.slug, b.slug]).toEqual(["storm-hits-coast", "storm-hits-coast-2"]);

    const renamed = service["articles.update"]({ id: b.id, changes: { headline: "Storm hits coast again" } });
    expect(renamed.slug).toBe("storm-hits-coast-again");

    const custom = service["articles.update"]({ id: b.id, changes: { slug: "Coastal Storm" } });
    expect(custom.slug).toBe("coastal-storm");
    const stays = service["articles.update"]({ id: b.id, changes: { headline: "A new headline" } });
    expect(stays.slug).toBe("coastal-storm");

    expect(() => service["articles.update"]({ id: b.id, changes: { slug: "storm-hits-coast" } })).toThrow(
      /already used/,
    );
  });

  it("lists by status and section, newest first", () => {
    const a = service["articles.create"]({ headline: "A", section: "Sport" });
    service["articles.create"]({ headline: "B", section: "Politics", status: "ready" });
    service["articles.update"]({ id: a.id, changes: { dek: "touched" } });
    expect(service["articles.list"]({}).map((s) => s.headline)).toEqual(["A", "B"]);
    expect(service["articles.list"]({ status: "ready" }).map((s) => s.headline)).toEqual(["B"]);
    expect(service["articles.list"]({ section: "Sport" }).map((s) => s.headline)).toEqual(["A"]);
    expect(service["articles.sections"]({})).toEqual(["Politics", "Sport"]);
  });
});

describe("search", () => {
  it("ranks a headline match above a passing mention and highlights the words", () => {
    service["articles.create"]({
      headline: "Budget talks resume",
      body: story("Negotiators met again.", "A ferry strike was mentioned once."),
    });
    service["articles.create"]({
      headline: "Ferry strike strands thousands",
      body: story("The ferry strike began at dawn."),
    });
    service["articles.create"]({ headline: "Unrelated", body: story("Nothing here.") });

    const hits = service["articles.list"]({ query: "ferry strike" });
    expect(hits.map((h) => h.headline)).toEqual(["Ferry strike strands thousands", "Budget talks resume"]);
    expect(hits[0].match?.headline).toBe("\u0002Ferry\u0003 \u0002strike\u0003 strands thousands");
    expect(hits[1].match?.excerpt).toContain("\u0002ferry\u0003 \u0002strike\u0003");
  });

  it("matches as you type (prefix), ignores accents and treats operators as words", () => {
    service["articles.create"]({ headline: "Café owners protest", body: story("Owners gathered.") });
    expect(service["articles.list"]({ query: "cafe own" })).toHaveLength(1);
    expect(service["articles.list"]({ query: 'own" OR NEAR(' })).toHaveLength(0);
    expect(service["articles.list"]({ query: "  ** " })).toEqual([]);
  });

  it("finds words from the byline and dek, and leaves trashed articles out", () => {
    const a = service["articles.create"]({
      headline: "Harbour plan",
      byline: "Ines Okafor",
      dek: "Dredging to start",
    });
    expect(service["articles.list"]({ query: "okafor" })).toHaveLength(1);
    expect(service["articles.list"]({ query: "dredging" })).toHaveLength(1);
    service["articles.trash"]({ id: a.id });
    expect(service["articles.list"]({ query: "okafor" })).toHaveLength(0);
  });
});

describe("search in a big library", () => {
  it("still finds an older match in the chosen section behind thousands of newer ones", () => {
    service["articles.create"]({ headline: "Council vote on stadium", section: "Sport" });
    store.transaction(() => {
      for (let i = 0; i < 2100; i++)
        service["articles.create"]({ headline: `Council meeting ${i}`, section: "News" });
    });
    const sport = service["articles.list"]({ query: "council", section: "Sport" });
    expect(sport.map((a) => a.headline)).toEqual(["Council vote on stadium"]);
    expect(service["articles.list"]({ query: "council" })).toHaveLength(50);
    // 2,101 stories written through the service: seconds on a busy machine.
  }, 60_000);
});

describe("revisions", () => {
  it("snapshots on create, on status change and after the interval, not on every autosave", () => {
    const a = service["articles.create"]({ headline: "Draft" });
    service["articles.update"]({ id: a.id, changes: { body: story("one") } });
    service["articles.update"]({ id: a.id, changes: { body: story("one two") } });
    expect(service["revisions.list"]({ articleId: a.id }).map((r) => r.reason)).toEqual(["Created"]);

    service["articles.update"]({ id: a.id, changes: { status: "in-edit" } });
    clock.advance(REVISION_INTERVAL_MS);
    service["articles.update"]({ id: a.id, changes: { body: story("one two three") } });
    expect(service["revisions.list"]({ articleId: a.id }).map((r) => r.reason)).toEqual([
      "Autosave",
      "Status: in-edit",
      "Created",
    ]);
  });

  it("restores an earlier version and keeps the replaced one, so the restore can be undone", () => {
    const a = service["articles.create"]({ headline: "First headline", body: story("First text.") });
    const first = service["revisions.list"]({ articleId: a.id })[0];
    service["articles.update"]({
      id: a.id,
      changes: { headline: "Second headline", body: story("Second text.") },
    });
    service["articles.checkpoint"]({ id: a.id });

    const restored = service["revisions.restore"]({ articleId: a.id, revisionId: first.id });
    expect(restored.headline).toBe("First headline");
    expect(plainText(restored.body)).toBe("First text.");

    const history = service["revisions.list"]({ articleId: a.id });
    const before = history.find((r) => r.reason === "Before restoring an earlier version")!;
    expect(service["revisions.get"]({ id: before.id }).metadata.headline).toBe("Second headline");
    const undone = service["revisions.restore"]({ articleId: a.id, revisionId: before.id });
    expect(plainText(undone.body)).toBe("Second text.");
  });
});

describe("trash", () => {
  it("moves to Trash, restores, and empties for good", () => {
    const a = service["articles.create"]({ headline: "Keep me" });
    const b = service["articles.create"]({ headline: "Bin me" });
    service["articles.trash"]({ id: a.id });
    service["articles.trash"]({ id: b.id });
    expect(service["articles.list"]({})).toEqual([]);
    expect(service["articles.list"]({ trash: true })).toHaveLength(2);
    expect(() => service["articles.update"]({ id: a.id, changes: { dek: "x" } })).toThrow(/Trash/);

    service["articles.restore"]({ id: a.id });
    expect(service["articles.list"]({}).map((s) => s.headline)).toEqual(["Keep me"]);
    expect(service["articles.emptyTrash"]({})).toEqual({ removed: 1 });
    expect(() => service["articles.get"]({ id: b.id })).toThrow(/not in the library/);
    expect(service["articles.list"]({ trash: true })).toEqual([]);
  });
});

describe("dispatch", () => {
  it("parses inputs and returns errors in the envelope", () => {
    const dispatch = createDispatch(service, () => {});
    expect(dispatch("articles.get", { id: 42 })).toMatchObject({ ok: false, error: { code: "bad-input" } });
    expect(dispatch("articles.drop", {})).toMatchObject({ ok: false, error: { code: "bad-input" } });
    expect(dispatch("articles.get", { id: "nope" })).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
    const body = { root: { type: "root", children: [paragraph([textNode("x")])] } };
    const created = dispatch("articles.create", { headline: "Via dispatch", body });
    expect(created).toMatchObject({ ok: true, value: { headline: "Via dispatch", wordCount: 1 } });
    expect(dispatch("articles.create", { body: { root: { type: "table" } } })).toMatchObject({ ok: false });
  });

  it("imports plain text: first line is the headline, blank lines split paragraphs", () => {
    const a = service["articles.importText"]({
      fileName: "story.txt",
      text: "Big news\n\nPara one.\n\nPara two.",
    });
    expect(a.headline).toBe("Big news");
    expect(plainText(a.body)).toBe("Para one.\n\nPara two.");
    expect(service["revisions.list"]({ articleId: a.id })[0].reason).toBe("Imported from story.txt");
  });
});

describe("importing an exported page", () => {
  it("gives back the text, structure and metadata", async () => {
    const { exportHtmlPage } = await import("../../shared/export/index.ts");
    const original = service["articles.create"]({
      headline: "Harbour plan approved",
      dek: "Dredging starts in spring",
      byline: "Ines Okafor",
      dateline: "PORTSMOUTH",
      section: "Local",
      tags: ["harbour", "council"],
      body: story("The plan passed 7-2.", "Work starts in March."),
    });
    const page = exportHtmlPage(original, [], { typography: false });
    const back = service["articles.importText"]({ fileName: "harbour.html", text: page });
    expect(back).toMatchObject({
      headline: "Harbour plan approved",
      dek: "Dredging starts in spring",
      byline: "Ines Okafor",
      dateline: "PORTSMOUTH",
      section: "Local",
      tags: ["harbour", "council"],
    });
    expect(plainText(back.body)).toBe("The plan passed 7-2.\n\nWork starts in March.");
  });
});

describe("two windows on one article", () => {
  it("keeps the other window's version as a revision before a stale save replaces it", () => {
    const a = service["articles.create"]({ headline: "Shared", body: story("Original.") });
    const fromA = service["articles.update"]({
      id: a.id,
      changes: { body: story("Window A's words.") },
      baseUpdatedAt: a.updatedAt,
    });
    // Window B still had the first version open.
    service["articles.update"]({
      id: a.id,
      changes: { body: story("Window B's words.") },
      baseUpdatedAt: a.updatedAt,
    });
    const kept = service["revisions.list"]({ articleId: a.id }).find(
      (r) => r.reason === "Kept before a save from another window",
    );
    expect(kept).toBeDefined();
    expect(plainText(service["revisions.get"]({ id: kept!.id }).body)).toBe("Window A's words.");
    // A save based on the current version keeps no extra copy.
    const latest = service["articles.get"]({ id: a.id });
    service["articles.update"]({ id: a.id, changes: { dek: "x" }, baseUpdatedAt: latest.updatedAt });
    expect(
      service["revisions.list"]({ articleId: a.id }).filter((r) => r.reason.startsWith("Kept")),
    ).toHaveLength(1);
    expect(fromA.updatedAt).not.toBe(a.updatedAt);
  });
});
