// Search as an editor meets it, on a real library file: phrases, prefixes, highlights, and
// the two orders (ranked for selective words, newest-edited first for common ones).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { body, paragraph, quotation } from "../../shared/document/build.ts";
import { plainText } from "../../shared/document/text.ts";
import { openLibraryDatabase } from "./database.ts";
import { MIGRATIONS } from "./migrations/index.ts";
import { createLibraryService, type Handlers } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";

let lib: ReturnType<typeof tempLibraryPath>;
let store: LibraryStore;
let service: Handlers;

/** A word in more than this many articles is "common" here (the real threshold is thousands). */
const COMMON = 10;

beforeEach(() => {
  lib = tempLibraryPath();
  store = openSqliteStore(lib.path, { searchCommonDocs: COMMON });
  service = createLibraryService(store);
});
afterEach(() => {
  store.close();
  lib.cleanup();
});

const story = (...paragraphs: string[]) => body(paragraphs.map((p) => paragraph(p)));
const headlines = (query: string) => service["articles.list"]({ query }).map((a) => a.headline);

describe("phrases", () => {
  it("lists a phrase in many stories newest first, only where its words stand together", () => {
    for (let i = 0; i < COMMON; i++)
      service["articles.create"]({ headline: `Rates ${i}`, body: story("The water rates rise.") });
    service["articles.create"]({ headline: "Apart", body: story("Water bills and interest rates rise.") });
    const hits = headlines('"water rates"');
    expect(hits).toHaveLength(COMMON);
    expect(hits[0]).toBe(`Rates ${COMMON - 1}`);
    expect(hits).not.toContain("Apart");
  });

  it("finds a quoted phrase only where its words stand together", () => {
    service["articles.create"]({ headline: "Together", body: story("The water rates rise in May.") });
    service["articles.create"]({ headline: "Apart", body: story("Water bills and interest rates rise.") });
    expect(headlines('"water rates"')).toEqual(["Together"]);
    expect(headlines("water rates").sort()).toEqual(["Apart", "Together"]);
    // Curly quotes, as a word processor types them, and a phrase still being typed.
    expect(headlines("\u201cwater rates\u201d")).toEqual(["Together"]);
    expect(headlines('"water ra')).toEqual(["Together"]);
  });

  it("marks the phrase in the excerpt", () => {
    service["articles.create"]({ headline: "Rates", body: story("Council says water rates will rise.") });
    const [hit] = service["articles.list"]({ query: '"water rates"' });
    expect(hit.match?.excerpt).toContain("\u0002water rates\u0003");
  });
});

describe("prefixes", () => {
  it("finds words from their first two, three or more letters", () => {
    service["articles.create"]({ headline: "Councillors meet", body: story("A quiet evening.") });
    service["articles.create"]({ headline: "Harbour", body: story("The county ferry.") });
    for (const typed of ["co", "cou", "coun", "counc"])
      expect(headlines(typed)).toContain("Councillors meet");
    expect(headlines("coun").sort()).toEqual(["Councillors meet", "Harbour"]);
    expect(headlines("counc")).toEqual(["Councillors meet"]);
  });
});

describe("a story being typed in", () => {
  it("is found by its newest words at once, from another connection too, and after a close", () => {
    const created = service["articles.create"]({ headline: "Harbour", body: story("The ferry sails.") });
    service["articles.update"]({ id: created.id, changes: { body: story("The ferry sails to Zanzibar.") } });
    // Another connection on the file, as the web host's reader thread is.
    const reader = openSqliteStore(lib.path, { check: "never" });
    try {
      const other = createLibraryService(reader);
      expect(other["articles.list"]({ query: "zanzibar" }).map((a) => a.headline)).toEqual(["Harbour"]);
      service["articles.update"]({ id: created.id, changes: { body: story("The ferry sails to Mombasa.") } });
      expect(other["articles.list"]({ query: "zanzibar" })).toEqual([]);
      expect(other["articles.list"]({ query: "mombasa" }).map((a) => a.headline)).toEqual(["Harbour"]);
    } finally {
      reader.close();
    }
    service["articles.update"]({ id: created.id, changes: { body: story("The ferry sails to Lamu.") } });
    store.close();
    const raw = openLibraryDatabase(lib.path);
    const found = raw.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'lamu'").get();
    raw.close();
    expect(found).toEqual({ n: 1 });
    store = openSqliteStore(lib.path, { searchCommonDocs: COMMON });
    service = createLibraryService(store);
  });
});

describe("common words", () => {
  it("lists newest-edited first, so an old story edited today comes first", () => {
    const old = service["articles.create"]({
      headline: "Old council story",
      body: story("The council met."),
    });
    for (let i = 0; i < COMMON * 3; i++) {
      service["articles.create"]({ headline: `Council item ${i}`, body: story("The council met again.") });
    }
    expect(headlines("council")[0]).toBe(`Council item ${COMMON * 3 - 1}`);
    service["articles.update"]({ id: old.id, changes: { body: story("The council met; a correction.") } });
    const hits = service["articles.list"]({ query: "council", limit: 5 });
    expect(hits.map((h) => h.headline)).toEqual([
      "Old council story",
      `Council item ${COMMON * 3 - 1}`,
      `Council item ${COMMON * 3 - 2}`,
      `Council item ${COMMON * 3 - 3}`,
      `Council item ${COMMON * 3 - 4}`,
    ]);
    expect(hits[0].match?.excerpt).toContain("\u0002council\u0003");
  });

  it("finds every word a long prefix starts, newest first, with the words before it", () => {
    const words = ["council", "county", "counter", "country", "counsel"];
    for (let i = 0; i < COMMON * 3; i++) {
      const word = words[i % words.length];
      service["articles.create"]({ headline: `Item ${i}`, body: story(`The ${word} met on the water.`) });
    }
    service["articles.create"]({ headline: "Dry", body: story("The county met.") });
    service["articles.create"]({ headline: "Not a match", body: story("The cough was bad; water.") });
    const all = service["articles.list"]({ query: "coun", limit: 100 }).map((a) => a.headline);
    expect(all).toHaveLength(COMMON * 3 + 1);
    expect(all[0]).toBe("Dry");
    expect(all[1]).toBe(`Item ${COMMON * 3 - 1}`);
    const withWater = service["articles.list"]({ query: "water coun", limit: 100 }).map((a) => a.headline);
    expect(withWater).toHaveLength(COMMON * 3);
    expect(withWater).not.toContain("Dry");
    const [hit] = service["articles.list"]({ query: "water coun", limit: 1 });
    expect(hit.match?.excerpt).toMatch(/\u0002coun\w*\u0003|\u0002water\u0003/);
  });

  it("still ranks a rare word within common ones by relevance", () => {
    // The headline hit is the older one: newest-first would put it second.
    service["articles.create"]({ headline: "Council ferry cancelled", body: story("No sailings.") });
    service["articles.create"]({ headline: "Harbour news", body: story("The council ferry sails today.") });
    for (let i = 0; i < COMMON * 2; i++) service["articles.create"]({ headline: `Council item ${i}` });
    expect(headlines("council ferry")).toEqual(["Council ferry cancelled", "Harbour news"]);
  });

  it("leaves trashed stories out and finds them in the trash", () => {
    const gone = service["articles.create"]({ headline: "Council gone", body: story("The council.") });
    for (let i = 0; i < COMMON * 2; i++) service["articles.create"]({ headline: `Council item ${i}` });
    service["articles.trash"]({ id: gone.id });
    expect(headlines("council")).not.toContain("Council gone");
    const trash = service["articles.list"]({ query: "council", trash: true }).map((a) => a.headline);
    expect(trash).toEqual(["Council gone"]);
    service["articles.emptyTrash"]({});
    expect(service["articles.list"]({ query: "council", trash: true })).toEqual([]);
    expect(headlines("council")).toHaveLength(COMMON * 2);
  });
});

describe("a library from before the edit-order index", () => {
  it("is reindexed on open: old articles are found, old revisions still read", () => {
    store.close();
    lib.cleanup();
    lib = tempLibraryPath();
    // Written as the version-4 library did: the text in articles_fts, the body as text in revisions.
    const db = openLibraryDatabase(lib.path, { migrations: MIGRATIONS.slice(0, 4) });
    const json = JSON.stringify(story("The water rates rise."));
    const now = "2024-01-01T00:00:00.000Z";
    db.prepare(
      `INSERT INTO articles (id, slug, headline, body, body_text, word_count, created_at, updated_at)
       VALUES ('a1', 'harbour', 'Harbour dredging', ?, 'The water rates rise.', 4, ?, ?)`,
    ).run(json, now, now);
    db.exec(`INSERT INTO articles_fts (rowid, headline, dek, body, byline, sources)
      SELECT rowid, headline, '', body_text, '', '' FROM articles`);
    db.prepare(
      `INSERT INTO revisions (id, article_id, created_at, reason, metadata, body, word_count)
       VALUES ('r1', 'a1', ?, 'Created', '{"headline":"Harbour dredging"}', ?, 4)`,
    ).run(now, json);
    db.close();
    const a = { id: "a1" };

    store = openSqliteStore(lib.path, { searchCommonDocs: COMMON });
    service = createLibraryService(store);
    expect(headlines('"water rates"')).toEqual(["Harbour dredging"]);
    const [revision] = service["revisions.list"]({ articleId: a.id });
    expect(plainText(service["revisions.get"]({ id: revision.id }).body)).toBe("The water rates rise.");
    // A new revision is stored deflated and reads back the same.
    service["articles.update"]({ id: a.id, changes: { body: story("The water rates fall.") } });
    const saved = service["articles.checkpoint"]({ id: a.id });
    expect(plainText(service["revisions.get"]({ id: saved.id }).body)).toBe("The water rates fall.");
  });
});

describe("saves that change nothing searchable", () => {
  it("leave the search entry and quote rows alone, and a changed text is reindexed", () => {
    const a = service["articles.create"]({
      headline: "Harbour",
      body: body([paragraph([quotation("We will dredge", { quoteId: "q1" })])]),
    });
    service["articles.create"]({ headline: "Other" });
    const peek = () => {
      const db = openLibraryDatabase(lib.path);
      try {
        const seq = db.prepare("SELECT seq FROM article_search WHERE article_id = ?").pluck().get(a.id);
        const quoteRows = db.prepare("SELECT rowid FROM quotes WHERE article_id = ?").pluck().all(a.id);
        return { seq, quoteRows };
      } finally {
        db.close();
      }
    };
    const before = peek();
    service["articles.update"]({
      id: a.id,
      changes: { status: "in-edit", body: service["articles.get"]({ id: a.id }).body },
    });
    expect(peek()).toEqual(before);
    service["articles.update"]({ id: a.id, changes: { body: story("Dredging starts in May.") } });
    // Reindexed on the next pause, or before the next search, whichever comes first.
    expect(headlines("dredging")).toEqual(["Harbour"]);
    expect(headlines("dredge")).toEqual([]);
    expect(peek().seq).toBeGreaterThan(before.seq as number);
  });
});
