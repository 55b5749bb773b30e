// A New Article nobody wrote in is dropped on leaving it; anything touched is kept.
import { expect, it } from "vitest";
import { body, paragraph } from "../../shared/document/build.ts";
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

const listed = () => service["articles.list"]({}).map((a) => a.id);

it("drops an untouched new article, revisions and all", () => {
  const blank = service["articles.create"]({});
  expect(service["articles.discardUntouched"]({ id: blank.id })).toEqual({ discarded: true });
  expect(listed()).toEqual([]);
  expect(store.listRevisions(blank.id)).toEqual([]);
  expect(service["articles.discardUntouched"]({ id: blank.id })).toEqual({ discarded: false });
});

it("keeps an article that was written in, even if emptied again, or that has a source", () => {
  const typed = service["articles.create"]({});
  service["articles.update"]({ id: typed.id, changes: { body: body([paragraph("A")]) } });
  service["articles.update"]({ id: typed.id, changes: { body: body([paragraph("")]) } });
  const headed = service["articles.create"]({ headline: "Budget" });
  const sourced = service["articles.create"]({});
  service["sources.create"]({ name: "Ann Lee", articleId: sourced.id });
  for (const a of [typed, headed, sourced])
    expect(service["articles.discardUntouched"]({ id: a.id })).toEqual({ discarded: false });
  expect(listed().sort()).toEqual([typed.id, headed.id, sourced.id].sort());
});
