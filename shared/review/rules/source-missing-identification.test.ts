import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { sourceMissingIdentification } from "./source-missing-identification.ts";

const person = { speakerKind: "person" as const };
const hits = (text: string, quotes: [string, string][] = []) =>
  sourceMissingIdentification
    .check(
      contextFor(
        text,
        quotes.map(([words, speaker]) => quoteAt(text, words, { speaker, ...person })),
      ),
    )
    .map((d) => text.slice(d.start, d.end));

describe("source-missing-identification", () => {
  it("flags a speaker first named with nothing to say who they are", () => {
    expect(hits('"The road is closed," Ana Ruiz said.', [["The road is closed,", "Ana Ruiz"]])).toEqual([
      "Ana Ruiz",
    ]);
    expect(hits("Tom Lee said the water was cold.")).toEqual(["Tom Lee"]);
  });

  it("passes titles before the name, appositives and affiliations after it", () => {
    expect(hits("Foreign ministry spokeswoman Maria Zakharova said talks must resume.")).toEqual([]);
    expect(
      hits('"Mass shelling has started here," Ruben Vardanyan, a former state minister of Karabakh, said.', [
        ["Mass shelling has started here,", "Ruben Vardanyan"],
      ]),
    ).toEqual([]);
    expect(hits("Ana Ruiz of the Red Cross said the camp was full. Later, Ruiz said more.")).toEqual([]);
    expect(hits("Ana Ruiz, who runs the camp, said it was full.")).toEqual([]);
    expect(hits("Economist Tom Lee said prices would rise.")).toEqual([]);
  });

  it("only judges the first reference", () => {
    const text = "Mayor Ana Ruiz opened the bridge. Later, Ana Ruiz said the work was done.";
    expect(hits(text)).toEqual([]);
  });

  it("does not take organisations and places for people", () => {
    expect(hits("The Defense Ministry said the border was calm. New Delhi said little.")).toEqual([]);
  });
});

describe("source-missing-identification: audit cases", () => {
  it("accepts identification given after the lede (age, then appositive)", () => {
    const text =
      "Tomasz Nowak walks between his hives.\n\nNowak, 71, a retired bus mechanic, keeps 14 colonies.";
    expect(hits(text, [])).toEqual([]);
  });

  it("finds speakers of loaded paraphrase verbs, and still flags the never-identified", () => {
    expect(hits("Tom Becker admitted that the council had made mistakes.")).toEqual(["Tom Becker"]);
    expect(hits("Tom Becker wrote that the roads were fine.")).toEqual(["Tom Becker"]);
  });

  it("knows a township supervisor, and that the Kremlin is not a person", () => {
    expect(hits("Township Supervisor Dan Okafor said the trucks can wait.")).toEqual([]);
    const text = '"We are deeply concerned," The Kremlin said.';
    expect(hits(text, [["We are deeply concerned,", "The Kremlin"]])).toEqual([]);
  });
});
