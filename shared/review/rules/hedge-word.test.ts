import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { hedgeWord } from "./hedge-word.ts";

const hits = (text: string, quotes: string[] = []) =>
  hedgeWord
    .check(
      contextFor(
        text,
        quotes.map((q) => quoteAt(text, q)),
      ),
    )
    .map((d) => text.slice(d.start, d.end));

describe("hedge-word", () => {
  it("flags hedges in the paper's own voice", () => {
    expect(hits("This photo purportedly shows the aftermath of a mine explosion.")).toEqual(["purportedly"]);
    expect(hits("The general is said to have fled. He was reportedly seen in Baku.")).toEqual([
      "is said to have",
      "reportedly",
    ]);
    expect(hits("The rumoured deal is believed to be worth millions.")).toEqual([
      "rumoured",
      "is believed to be",
    ]);
    expect(hits("Allegedly, Supposedly and Apparently all count; so does the rumored merger.")).toEqual([
      "Allegedly",
      "Supposedly",
      "Apparently",
      "rumored",
    ]);
  });

  it("leaves hedges inside a quotation to the speaker", () => {
    const text = 'The minister said: "He reportedly left, and the talks were allegedly rigged."';
    expect(hits(text, ["He reportedly left, and the talks were allegedly rigged."])).toEqual([]);
  });

  it("does not flag plain reporting words or near spellings", () => {
    expect(hits("The ministry reported the attack. Reporters said it was apparent to all.")).toEqual([]);
    expect(hits("She said the contract was reported to regulators.")).toEqual([]);
  });
});
