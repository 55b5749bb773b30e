// The import call on a real library file: what comes in, what is refused, what is skipped.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { openLibrary } from "./index.ts";
import { tempLibraryPath } from "./testLibrary.ts";

let library: ReturnType<typeof openLibrary>;
let cleanup: () => void;

beforeEach(() => {
  const temp = tempLibraryPath();
  cleanup = temp.cleanup;
  library = openLibrary(temp.path);
});
afterEach(() => {
  library.close();
  cleanup();
});

const importText = (fileName: string, text: string) =>
  library.service["articles.importText"]({ fileName, text });

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
