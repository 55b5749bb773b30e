import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { body, paragraph, quotation, textNode } from "../../shared/document/build.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { importPlainText } from "../../shared/import/plainText.ts";
import { createLibraryService, type Handlers } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";
import { freshLibraryEachTest } from "./libraryFile.test-support.ts";

let store: LibraryStore;
let service: Handlers;
freshLibraryEachTest(openSqliteStore, (opened) => {
  store = opened;
  service = createLibraryService(store);
});

const storyQuoting = (sourceId: string, words: string): ArticleBody =>
  body([paragraph([textNode('"'), quotation(words, { quoteId: "q1", sourceId }), textNode('," she said.')])]);

describe("sources and their quotes", () => {
  it("remembers every quote a source gave, across articles, searchable, and never for a trashed story", () => {
    const maria = service["sources.create"]({ name: "Maria Zakharova", title: "Spokeswoman" });
    const a = service["articles.create"]({
      headline: "Talks",
      body: storyQuoting(maria.id, "End the bloodshed now"),
    });
    service["articles.create"]({ headline: "Deal", body: storyQuoting(maria.id, "Agreements were signed") });

    const quotes = service["sources.quotes"]({ sourceId: maria.id });
    expect(quotes.map((q) => [q.headline, q.text])).toEqual([
      ["Deal", "Agreements were signed"],
      ["Talks", "End the bloodshed now"],
    ]);
    expect(
      service["sources.quotes"]({ sourceId: maria.id, query: "bloodshed" }).map((q) => q.headline),
    ).toEqual(["Talks"]);
    expect(service["sources.get"]({ id: maria.id }).quoteCount).toBe(2);
    // Search finds an article by its quoted source's name.
    expect(service["articles.list"]({ query: "zakharova" })).toHaveLength(2);

    service["articles.trash"]({ id: a.id });
    expect(service["sources.quotes"]({ sourceId: maria.id }).map((q) => q.headline)).toEqual(["Deal"]);
  });

  it("lists an article's sources: tagged ones and ones added by hand, and removes one", () => {
    const a = service["articles.create"]({ headline: "Story" });
    const tagged = service["sources.create"]({ name: "Ann Lee" });
    service["articles.update"]({
      id: a.id,
      changes: { body: storyQuoting(tagged.id, "We are ready to go") },
    });
    const added = service["sources.create"]({ name: "Port Authority", kind: "body", articleId: a.id });

    const { sources, quotes } = service["articles.sources"]({ articleId: a.id });
    expect(sources.map((s) => s.name)).toEqual(["Ann Lee", "Port Authority"]);
    expect(quotes).toMatchObject([{ sourceId: tagged.id, text: "We are ready to go", kind: "full" }]);

    service["articles.detachSource"]({ articleId: a.id, sourceId: added.id });
    expect(service["articles.sources"]({ articleId: a.id }).sources.map((s) => s.name)).toEqual(["Ann Lee"]);
  });
});

describe("merging and renaming sources", () => {
  it("merges two records of one person: quotes and tags in the text move to the kept record", () => {
    const ruben = service["sources.create"]({ name: "Ruben Vardanyan", title: "Former state minister" });
    const typo = service["sources.create"]({ name: "Ruen Vardanyan" });
    const a = service["articles.create"]({
      headline: "Shelling",
      body: storyQuoting(typo.id, "Mass shelling has started"),
    });

    service["sources.merge"]({ keepId: ruben.id, mergeId: typo.id });
    expect(() => service["sources.get"]({ id: typo.id })).toThrow(/not in the library/);
    expect(service["sources.quotes"]({ sourceId: ruben.id }).map((q) => q.text)).toEqual([
      "Mass shelling has started",
    ]);
    const stored = service["articles.get"]({ id: a.id });
    expect(JSON.stringify(stored.body)).toContain(`"sourceId":"${ruben.id}"`);
    expect(JSON.stringify(stored.body)).not.toContain(typo.id);
  });

  it("merges into trashed stories too, so restoring one keeps its tags", () => {
    const ruben = service["sources.create"]({ name: "Ruben Vardanyan" });
    const typo = service["sources.create"]({ name: "Ruen Vardanyan" });
    const a = service["articles.create"]({
      headline: "Old",
      body: storyQuoting(typo.id, "Mass shelling has started"),
    });
    service["articles.trash"]({ id: a.id });
    service["sources.merge"]({ keepId: ruben.id, mergeId: typo.id });
    service["articles.restore"]({ id: a.id });
    service["articles.update"]({ id: a.id, changes: { dek: "touched" } });
    expect(service["articles.sources"]({ articleId: a.id }).quotes.map((q) => q.sourceId)).toEqual([
      ruben.id,
    ]);
  });

  it("finds the sources for many speakers' words in one call, each once", () => {
    const ana = service["sources.create"]({ name: "Ana Ruiz" });
    const ben = service["sources.create"]({ name: "Ben Ruiz" });
    service["sources.create"]({ name: "Carla Ode" });
    const found = service["sources.findEach"]({ queries: ["Ruiz", "Ana", "Ruiz", "Nobody"] });
    expect(found.map((s) => s.name).sort()).toEqual(["Ana Ruiz", "Ben Ruiz"]);
    expect(new Set(found.map((s) => s.id))).toEqual(new Set([ana.id, ben.id]));
    expect(service["sources.findEach"]({ queries: [] })).toEqual([]);
  });

  it("finds articles by a source's new name after it is corrected", () => {
    const s = service["sources.create"]({ name: "Ruen Vardanyan" });
    service["articles.create"]({
      headline: "Shelling",
      body: storyQuoting(s.id, "Mass shelling has started"),
    });
    service["sources.update"]({ id: s.id, changes: { name: "Ruben Vardanyan" } });
    expect(service["articles.list"]({ query: "ruben" })).toHaveLength(1);
    expect(service["articles.list"]({ query: "ruen" })).toHaveLength(0);
  });
});

describe("what a source's record lets out", () => {
  it("keeps private contact notes in the library but out of every export", () => {
    const s = service["sources.create"]({
      name: "Ann Lee",
      contactNotes: "Mobile +1 555 0100, home address",
    });
    const a = service["articles.create"]({
      headline: "Story",
      body: storyQuoting(s.id, "We are ready to go"),
    });
    expect(service["sources.get"]({ id: s.id }).contactNotes).toContain("555 0100");
    for (const format of ["html", "fragment", "ninjs"] as const) {
      const out = service["export.render"]({ articleId: a.id, format, options: { includePeople: true } });
      expect(out.content).not.toContain("555 0100");
    }
  });

  it("never names an anonymous or background source in any export", () => {
    const anon = service["sources.create"]({
      name: "Hidden Official",
      standing: "anonymous",
      anonymityReason: "Fears dismissal",
    });
    const a = service["articles.create"]({
      headline: "Leak",
      body: storyQuoting(anon.id, "The memo was real and signed"),
    });
    for (const format of ["html", "fragment", "ninjs"] as const) {
      const out = service["export.render"]({
        articleId: a.id,
        format,
        options: { includePeople: true, quoteAttributes: true, quotationJsonLd: true },
      });
      expect(out.content).toContain("The memo was real");
      expect(out.content).not.toContain("Hidden Official");
    }
  });

  it("remembers rejected suggestions per article", () => {
    const a = service["articles.create"]({ headline: "Story" });
    service["suggestions.reject"]({ articleId: a.id, fingerprint: "abc" });
    service["suggestions.reject"]({ articleId: a.id, fingerprint: "abc" });
    expect(service["suggestions.rejected"]({ articleId: a.id })).toEqual(["abc"]);
  });
});

const seed = readFileSync(new URL("./fixtures/press-tv-karabakh.txt", import.meta.url), "utf8");

describe("the publish gate", () => {
  it("refuses ready while blockers are open, records an override with its reason, and gates publish-ready export", () => {
    const imported = importPlainText(seed);
    const a = service["articles.create"]({ headline: imported.headline, body: imported.body });
    expect(service["review.gate"]({ articleId: a.id }).openBlockers.map((b) => b.rule)).toEqual(
      expect.arrayContaining(["untagged-quote", "unclosed-quote"]),
    );
    expect(() => service["articles.update"]({ id: a.id, changes: { status: "ready" } })).toThrow(
      /Cannot mark it ready: \d+ review blockers are open/,
    );
    expect(service["articles.get"]({ id: a.id }).status).toBe("draft");
    expect(() => service["export.render"]({ articleId: a.id, format: "html", publishReady: true })).toThrow(
      /Cannot export it as publish-ready/,
    );
    // A draft export is not gated.
    expect(service["export.render"]({ articleId: a.id, format: "html" }).fileName).toBe(`${a.slug}.html`);

    const ready = service["articles.update"]({
      id: a.id,
      changes: { status: "ready" },
      override: { reason: "Desk chief approved: wire copy, quotes verified by phone" },
    });
    expect(ready.status).toBe("ready");
    const [record] = service["review.context"]({ articleId: a.id }).signOffs;
    expect(record).toMatchObject({
      kind: "override",
      rule: "publish-gate",
      note: "Desk chief approved: wire copy, quotes verified by phone",
    });
    expect(record.excerpt).toMatch(/mark it ready: past \d+ open blockers/);
  });

  it("cannot be bypassed by creating a story as ready or by restoring a ready version", () => {
    const blocked = body([paragraph('"We will finish by May," Mayor Ann Lee said.')]);
    expect(() =>
      service["articles.create"]({ headline: "Born ready", status: "ready", body: blocked }),
    ).toThrow(/Cannot create it as ready/);
    expect(service["articles.list"]({})).toEqual([]);

    const clean = service["articles.create"]({
      headline: "Clean",
      body: body([paragraph("The bridge opened on Monday.")]),
    });
    service["articles.update"]({ id: clean.id, changes: { status: "ready" } });
    const readyVersion = service["revisions.list"]({ articleId: clean.id })[0];
    service["articles.update"]({ id: clean.id, changes: { status: "in-edit", body: blocked } });
    const restored = service["revisions.restore"]({ articleId: clean.id, revisionId: readyVersion.id });
    expect(restored.status).toBe("in-edit");
  });
});

describe("the publish gate on a ready story", () => {
  it("sends a ready story back to edit when an edit adds a review blocker", () => {
    const a = service["articles.create"]({
      headline: "Bridge",
      body: body([paragraph("The bridge opened on Monday.")]),
    });
    service["articles.update"]({ id: a.id, changes: { status: "ready" } });
    // A fix that adds no blocker leaves it ready.
    const fixed = service["articles.update"]({
      id: a.id,
      changes: { body: body([paragraph("The bridge opened on Tuesday.")]) },
    });
    expect(fixed.status).toBe("ready");
    // An untagged quote added after the gate is a new blocker.
    const edited = service["articles.update"]({
      id: a.id,
      changes: { body: body([paragraph('The bridge opened on Tuesday. "It is late," Mayor Ann Lee said.')]) },
    });
    expect(edited.status).toBe("in-edit");
    expect(service["revisions.list"]({ articleId: a.id })[0].reason).toBe("Status: in-edit");
  });

  it("keeps a ready story's slug when its headline is corrected", () => {
    const a = service["articles.create"]({ headline: "Bridge opens", body: body([paragraph("It opened.")]) });
    service["articles.update"]({ id: a.id, changes: { status: "ready" } });
    expect(service["articles.update"]({ id: a.id, changes: { headline: "Bridge reopens" } }).slug).toBe(
      "bridge-opens",
    );
  });

  it("lets a clean story through and lets a sign-off clear a blocker", () => {
    const a = service["articles.create"]({
      headline: "Bridge opens",
      body: body([
        paragraph("The bridge opened on Monday after two years of work, the city said in a statement."),
      ]),
    });
    expect(service["review.gate"]({ articleId: a.id }).openBlockers).toEqual([]);
    expect(service["articles.update"]({ id: a.id, changes: { status: "ready" } }).status).toBe("ready");

    const b = service["articles.create"]({
      headline: "Quote",
      body: body([paragraph('"We will finish by May," Mayor Ann Lee said.')]),
    });
    const [blocker] = service["review.gate"]({ articleId: b.id }).openBlockers;
    expect(blocker.rule).toBe("untagged-quote");
    expect(() => service["articles.update"]({ id: b.id, changes: { status: "ready" } })).toThrow(
      /1 review blocker is open/,
    );
    const signOff = service["review.signOff"]({
      articleId: b.id,
      findingId: blocker.id,
      rule: blocker.rule,
      excerpt: blocker.excerpt,
      note: "Mayor's office confirmed the quote by email",
    });
    expect(signOff).toMatchObject({ kind: "sign-off", note: "Mayor's office confirmed the quote by email" });
    expect(service["review.gate"]({ articleId: b.id }).openBlockers).toEqual([]);
    expect(service["articles.update"]({ id: b.id, changes: { status: "ready" } }).status).toBe("ready");
  });
});
