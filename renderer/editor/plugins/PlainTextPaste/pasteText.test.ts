import { describe, expect, it } from "vitest";
import { pastedParagraphs } from "./pasteText.ts";

describe("pastedParagraphs", () => {
  it("makes a paragraph of each block between blank lines, without empty ones", () => {
    const text = 'Blasts were heard Tuesday.\n\n\n\n"Mass shelling has started here," he said.\r\n\r\nEnd.\n';
    expect(pastedParagraphs(text)).toEqual([
      "Blasts were heard Tuesday.",
      '"Mass shelling has started here," he said.',
      "End.",
    ]);
  });

  it("joins hard-wrapped lines inside a paragraph", () => {
    expect(pastedParagraphs("The ministry said the\nborder was stable.\n\nNext.")).toEqual([
      "The ministry said the border was stable.",
      "Next.",
    ]);
  });

  it("treats each line as a paragraph when there are no blank lines", () => {
    expect(pastedParagraphs("One\nTwo\n")).toEqual(["One", "Two"]);
  });
});
