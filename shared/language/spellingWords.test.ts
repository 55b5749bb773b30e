import { describe, expect, it } from "vitest";
import { spellingWords } from "./spellingWords.ts";

describe("the spellchecker's word list from source names", () => {
  it("gives each word once, hyphenated names whole and in parts, both apostrophes", () => {
    expect(spellingWords(["Seán O’Brien", "Nkechi Okonkwo-Adeyemi", "Seán O’Brien", "Okonkwo"])).toEqual([
      "Adeyemi",
      "Nkechi",
      "O'Brien",
      "O’Brien",
      "Okonkwo",
      "Okonkwo-Adeyemi",
      "Seán",
    ]);
  });

  it("skips single letters, digits and punctuation", () => {
    expect(spellingWords(["J. R. Smith (2nd)", "@ministry_of_defence", ""])).toEqual([
      "defence",
      "ministry",
      "of",
      "Smith",
    ]);
  });
});
