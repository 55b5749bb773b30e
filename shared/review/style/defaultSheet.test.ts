import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { DEFAULT_STYLE_SHEET } from "./defaultSheet.ts";
import { styleReviewRule } from "./reviewRules.ts";
import { styleSheet } from "./rule.ts";

const rule = (id: string) => {
  const found = DEFAULT_STYLE_SHEET.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return styleReviewRule(found);
};

/** Each finding as [matched words, replacement]. */
const hits = (id: string, text: string, quotes: string[] = []) =>
  rule(id)
    .check(
      contextFor(
        text,
        quotes.map((q) => quoteAt(text, q)),
      ),
    )
    .map((d) => [text.slice(d.start, d.end), d.fix?.replacement]);

/** The text with every finding's fix applied, from the end so offsets hold. */
const fixed = (id: string, text: string) =>
  rule(id)
    .check(contextFor(text))
    .sort((a, b) => b.start - a.start)
    .reduce((t, d) => t.slice(0, d.start) + (d.fix?.replacement ?? "") + t.slice(d.end), text);

describe("the default style sheet", () => {
  it("is a valid sheet", () => {
    expect(styleSheet.safeParse(DEFAULT_STYLE_SHEET).success).toBe(true);
  });

  it("said-bookism: after a quote, with or without a subject", () => {
    expect(hits("said-bookism", '"We will win," he exclaimed. "Never," retorted Ana Ruiz.')).toEqual([
      ["exclaimed", "said"],
      ["retorted", "said"],
    ]);
    expect(fixed("said-bookism", '"It is over," Maria Lopez declared.')).toBe(
      '"It is over," Maria Lopez said.',
    );
    // Not attribution: the government declared an emergency.
    expect(hits("said-bookism", "The government declared a state of emergency on Monday.")).toEqual([]);
  });

  it("said-bookism-before-quote keeps the subject through its capture group", () => {
    expect(fixed("said-bookism-before-quote", 'She exclaimed: "Look at the water."')).toBe(
      'She said: "Look at the water."',
    );
    expect(hits("said-bookism-before-quote", "He stated his case to the court.")).toEqual([]);
  });

  it("per-cent: one word becomes two, keeping the writer's capitals", () => {
    expect(fixed("per-cent", "Rates rose 5 percent. Percent figures vary.")).toBe(
      "Rates rose 5 per cent. Per cent figures vary.",
    );
    expect(hits("per-cent", "Percentages and percentile ranks are fine.")).toEqual([]);
  });

  const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  for (const [i, word] of words.entries()) {
    const digit = i + 1;
    it(`numeral-${word}: spells out ${digit} and leaves figures, units, dates and scores alone`, () => {
      expect(fixed(`numeral-${word}`, `The council closed ${digit} libraries.`)).toBe(
        `The council closed ${word} libraries.`,
      );
      const kept = [
        `Prices rose ${digit} per cent.`,
        `Prices rose ${digit}% this year.`,
        `It was ${digit}.5 metres deep.`,
        `They won ${digit}-0 at home.`,
        `Doors open at ${digit} pm on ${digit} May.`,
        `It cost £${digit} and weighed ${digit}kg.`,
        `It has ${digit}${digit} rooms.`,
        `See page ${digit} of the report.`,
        `Everton ${digit} Liverpool 2`,
        `Hackers reached ${digit} million customers.`,
        `LUSAKA, Feb ${digit} (Reuters) - Leaders met.`,
      ];
      for (const text of kept) expect(hits(`numeral-${word}`, text), text).toEqual([]);
    });
  }

  it("courtesy-title: drops Mr, Mrs, Ms and Miss before a name", () => {
    expect(fixed("courtesy-title", "Mr Jones met Mrs. Patel and Ms Okafor.")).toBe(
      "Jones met Patel and Okafor.",
    );
    expect(hits("courtesy-title", "Some viewers miss the old format.")).toEqual([]);
    // A judge's title is not a courtesy title.
    expect(hits("courtesy-title", "Mrs Justice Steyn said the claim failed.")).toEqual([]);
  });

  it("title-full-stop: no stop after Dr, St and Prof", () => {
    expect(fixed("title-full-stop", "Dr. Amara Singh of St. Mary's")).toBe("Dr Amara Singh of St Mary's");
    // Only before a name: a stop before a lower-case word is left to the writer.
    expect(hits("title-full-stop", "She saw the Dr. yesterday.")).toEqual([]);
  });

  it("never corrects a speaker's words inside a quotation", () => {
    const text = 'The mayor said: "Mr Jones told me 5 percent, and I declared war on waste."';
    const quoted = "Mr Jones told me 5 percent, and I declared war on waste.";
    for (const id of ["per-cent", "numeral-five", "courtesy-title", "said-bookism"])
      expect(hits(id, text, [quoted]), id).toEqual([]);
    // The same words in the writer's own voice are caught.
    expect(hits("per-cent", "Turnout fell 5 percent.")).toEqual([["percent", "per cent"]]);
  });
});
