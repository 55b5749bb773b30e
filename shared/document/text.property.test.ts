// The word count walks the text by hand for speed; it must count exactly what the
// definition (the regular expression below) counts, for any text an editor can type.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "./text.ts";

const WORDS = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const byDefinition = (text: string) => text.match(WORDS)?.length ?? 0;

// Letters (accented, Greek, CJK, an astral letter), digits, the joiners, spaces and marks.
const PIECES = [
  "a",
  "Z",
  "é",
  "ß",
  "λ",
  "中",
  "𝒜",
  "7",
  "٣",
  "'",
  "’",
  "-",
  "—",
  " ",
  "\n",
  ".",
  "\u0301",
  "🙂",
  "_",
];

describe("countWords", () => {
  it("counts what the definition counts, for any mix of letters, joiners and spaces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(countWords(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("counts a story's words", () => {
    expect(countWords("The council's vote — 7-2 — was \u201cfinal\u201d, it said.")).toBe(8);
    expect(countWords("")).toBe(0);
  });
});
