// The import call on a real library file: what comes in, what is refused, what is skipped.
import { describe, expect, it } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { openLibrary } from "./index.ts";
import { freshLibraryEachTest } from "./libraryFile.test-support.ts";

let library: ReturnType<typeof openLibrary>;
freshLibraryEachTest(openLibrary, (opened) => (library = opened));

const importText = (fileName: string, text: string, allowDuplicate?: boolean) =>
  library.service["articles.importText"]({ fileName, text, allowDuplicate });

describe("articles.importText", () => {
  it("refuses bytes that are not text, saying what they seem to be, and keeps nothing", () => {
    const docx = new TextDecoder().decode(
      Uint8Array.from([
        0x50,
        0x4b,
        3,
        4,
        20,
        0,
        6,
        0,
        ...new TextEncoder().encode("[Content_Types].xmlword/"),
      ]),
    );
    let error: unknown;
    try {
      importText("draft.docx", docx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe("refused");
    expect((error as Error).message).toMatch(/draft\.docx was not imported: it seems to be a Word document/);
    expect(() => importText("noise.txt", "abc\u0000\u0000def")).toThrow(/noise\.txt .*NUL bytes/);
    expect(library.service["articles.list"]({})).toEqual([]);
  });
});

describe("importing the same file twice", () => {
  it("skips a file imported before, says where it went, and imports it again only when asked", () => {
    const story = "Ferry strike ends\n\nCrews returned to work on Monday.\n";
    const first = importText("ferry.txt", story);
    let error: unknown;
    try {
      importText("ferry-copy.txt", `\ufeff${story}`); // the same content, renamed, with a BOM
    } catch (e) {
      error = e;
    }
    expect((error as CopydeskError).code).toBe("conflict");
    expect((error as Error).message).toMatch(
      new RegExp(
        `ferry-copy\\.txt was imported before, on \\d{4}-\\d\\d-\\d\\d from ferry\\.txt, as "Ferry strike ends".*id ${first.id}; skipped`,
      ),
    );
    expect(library.service["articles.list"]({}).map((a) => a.id)).toEqual([first.id]);

    const second = importText("ferry.txt", story, true);
    expect(second.id).not.toBe(first.id);
    expect(library.service["articles.list"]({})).toHaveLength(2);
    // A different story is no duplicate.
    expect(importText("harbour.txt", "Harbour plan approved\n\nThe vote was 7-2.").headline).toBe(
      "Harbour plan approved",
    );
  });

  it("says a duplicate is in the Trash, and takes the file again once the Trash is emptied", () => {
    const story = "Council meets\n\nThe agenda is short.";
    const first = importText("council.txt", story);
    library.service["articles.trash"]({ id: first.id });
    expect(() => importText("council.txt", story)).toThrow(/now in the Trash/);
    library.service["articles.emptyTrash"]({});
    expect(importText("council.txt", story).headline).toBe("Council meets");
  });

  it("keeps the library as it was when an import fails halfway: a retry is not a duplicate", () => {
    const story = "Dock fire\n\nNobody was hurt.";
    const { store } = library;
    const original = store.transaction.bind(store);
    let calls = 0;
    // The crash: the article's transaction throws after the article was written.
    store.transaction = (work) =>
      original((writer) => {
        const result = work(writer);
        if (++calls === 1) throw new Error("power cut");
        return result;
      });
    expect(() => importText("fire.txt", story)).toThrow("power cut");
    store.transaction = original;
    expect(library.service["articles.list"]({})).toEqual([]);
    expect(importText("fire.txt", story).headline).toBe("Dock fire");
    expect(() => importText("fire.txt", story)).toThrow(/imported before/);
  });
});

describe("importing Markdown", () => {
  it("reads a .md file's front matter into the fields and its Markdown into the story", () => {
    const article = importText(
      "harbour.md",
      "---\ntitle: Harbour plan approved\nauthor: Ines Okafor\ntags: [harbour]\n---\n\nThe vote was **7-2**.\n\n- one\n- two\n",
    );
    expect(article).toMatchObject({
      headline: "Harbour plan approved",
      byline: "Ines Okafor",
      tags: ["harbour"],
    });
    expect(article.body.root.children.map((b) => b.type)).toEqual(["paragraph", "list"]);
  });
});
