import { describe, expect, it } from "vitest";
import { body, heading, paragraph } from "../../document/build.ts";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { unattributedStatistic } from "./unattributed-statistic.ts";

const hits = (text: string, quotes: string[] = []) =>
  unattributedStatistic
    .check(
      contextFor(
        text,
        quotes.map((q) => quoteAt(text, q)),
      ),
    )
    .map((d) => text.slice(d.start, d.end));

describe("unattributed-statistic", () => {
  it("flags percentages, large numbers and money with no source in the sentence", () => {
    expect(hits("Unemployment rose to 12% last year. The bridge cost $3.2 billion.")).toEqual([
      "12%",
      "$3.2 billion",
    ]);
    expect(hits("About 120,000 people live there, and 2 million more visit.")).toEqual(["2 million"]);
  });

  it("passes attributed figures, years and figures inside quotes", () => {
    expect(hits("Unemployment rose to 12% last year, the statistics office said.")).toEqual([]);
    expect(hits("According to the census, 40 percent of homes lack heat.")).toEqual([]);
    expect(hits("The war ended in 2020 after six weeks.")).toEqual([]);
    const text = '"We lost 30% of our harvest," Ruiz said. It rained.';
    expect(hits(text, ["We lost 30% of our harvest,"])).toEqual([]);
  });
});

describe("unattributed-statistic in headlines", () => {
  it("leaves headlines alone but not the paragraph under them", () => {
    const b = body([
      heading("Council approves $4.5 million repair"),
      paragraph("The repair costs $4.5 million."),
    ]);
    const found = unattributedStatistic.check(contextFor(b));
    expect(found).toHaveLength(1);
    expect(found[0].start).toBeGreaterThan("Council approves $4.5 million repair".length);
  });
});

describe("unattributed-statistic: attribution carried from the previous sentence", () => {
  const found = (text: string) =>
    unattributedStatistic.check(contextFor(text)).map((d) => text.slice(d.start, d.end));
  it("accepts a figure continuing an attributed sentence in its paragraph", () => {
    expect(found("Revenue rose 4%, the company said. Online sales grew 22% in the quarter.")).toEqual([]);
    expect(found("Labour has promised that 92% of patients will be seen.")).toEqual([]);
  });
  it("still flags a figure after an unattributed sentence, or at a paragraph's start", () => {
    expect(found("The plant is big. Its shares have fallen 40% this year.")).toEqual(["40%"]);
    expect(found("Revenue rose 4%, the company said.\n\nShares have fallen 40% this year.")).toEqual(["40%"]);
  });
});
