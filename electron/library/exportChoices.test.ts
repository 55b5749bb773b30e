// The export dialog's choices are remembered per library file.
import { afterEach, beforeEach, expect, it } from "vitest";
import { createLibraryService } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";

let lib: ReturnType<typeof tempLibraryPath>;
let store: LibraryStore;

beforeEach(() => {
  lib = tempLibraryPath();
  store = openSqliteStore(lib.path);
});
afterEach(() => {
  store.close();
  lib.cleanup();
});

const choices = {
  format: "fragment",
  typography: false,
  quoteAttributes: true,
  quotationJsonLd: false,
  includePeople: false,
  showSuggestions: true,
} as const;

it("keeps the last export choices in the library file, across opening it again", () => {
  expect(createLibraryService(store)["settings.exportChoices"]({})).toBeNull();
  createLibraryService(store)["settings.setExportChoices"](choices);
  store.close();
  store = openSqliteStore(lib.path);
  expect(createLibraryService(store)["settings.exportChoices"]({})).toEqual(choices);
});

it("reads choices saved before suggested edits could be shown as not showing them", () => {
  const { showSuggestions: _, ...older } = choices;
  store.transaction((writer) => writer.setSetting("exportChoices", JSON.stringify(older)));
  expect(createLibraryService(store)["settings.exportChoices"]({})).toEqual({
    ...older,
    showSuggestions: false,
  });
});

it("forgets stored choices that no longer parse", () => {
  store.transaction((writer) => writer.setSetting("exportChoices", '{"format":"pdf"}'));
  expect(createLibraryService(store)["settings.exportChoices"]({})).toBeNull();
  store.transaction((writer) => writer.setSetting("exportChoices", "not json"));
  expect(createLibraryService(store)["settings.exportChoices"]({})).toBeNull();
});
