// The kit's one sentence splitter, on the cases that broke the old copies.
import { describe, expect, it } from "vitest";
import { paragraphSpans, sentenceSpans } from "./sentences.ts";

const sentences = (text: string): string[] =>
  paragraphSpans(text).flatMap((p) => sentenceSpans(text, p).map((s) => text.slice(s.start, s.end)));

describe("sentenceSpans", () => {
  it("keeps titles, initials and abbreviations inside the sentence", () => {
    expect(
      sentences("Mr. Okafor met Dr. Lind on Jan. 5 in the U.S. capital. Talks failed. Maj. Ruiz left."),
    ).toEqual(["Mr. Okafor met Dr. Lind on Jan. 5 in the U.S. capital.", "Talks failed.", "Maj. Ruiz left."]);
  });

  it("keeps a middle initial after a given name, and ends at a letter that names a thing", () => {
    expect(sentences("The letter, written by Kenneth P. Cohen, was sent. Others disagreed.")).toEqual([
      "The letter, written by Kenneth P. Cohen, was sent.",
      "Others disagreed.",
    ]);
    expect(sentences("Many adults lack vitamin D. Researchers say so.")).toEqual([
      "Many adults lack vitamin D.",
      "Researchers say so.",
    ]);
  });

  it("splits paragraphs on blank lines", () => {
    expect(paragraphSpans("One.\n\nTwo.\n \nThree.").length).toBe(3);
  });
});
