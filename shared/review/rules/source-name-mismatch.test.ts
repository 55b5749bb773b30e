import { describe, expect, it } from "vitest";
import { reviewArticle } from "../index.ts";
import { contextFor, quoteAt, source } from "../ruleInputs.test-support.ts";
import { bodyFromText } from "../textBody.ts";
import { sourceNameMismatch } from "./source-name-mismatch.ts";

const person = { speakerKind: "person" as const };
const TEXT = '"Mass shelling has started here," Ruen Vardanyan, a former state minister, said.';
const quote = quoteAt(TEXT, "Mass shelling has started here,", { speaker: "Ruen Vardanyan", ...person });

describe("source-name-mismatch", () => {
  it("flags a speaker spelled nearly like a source on file, and offers the record's spelling", () => {
    const [finding] = sourceNameMismatch.check(
      contextFor(TEXT, [quote], [source({ id: "rv", name: "Ruben Vardanyan" })]),
    );
    expect(TEXT.slice(finding.start, finding.end)).toBe("Ruen Vardanyan");
    expect(finding.fix?.replacement).toBe("Ruben Vardanyan");
  });

  it("passes the exact spelling, a surname-only reference, and an unrelated name", () => {
    const ok = TEXT.replace("Ruen", "Ruben");
    const exact = quoteAt(ok, "Mass shelling has started here,", { speaker: "Ruben Vardanyan", ...person });
    const sources = [source({ id: "rv", name: "Ruben Vardanyan" })];
    expect(sourceNameMismatch.check(contextFor(ok, [exact], sources))).toEqual([]);
    const short = quoteAt(ok, "Mass shelling has started here,", { speaker: "Vardanyan", ...person });
    expect(sourceNameMismatch.check(contextFor(ok, [short], sources))).toEqual([]);
    expect(
      sourceNameMismatch.check(contextFor(TEXT, [quote], [source({ id: "z", name: "Maria Zakharova" })])),
    ).toEqual([]);
  });

  it("flags the later of two near-identical speakers in one story", () => {
    const text = '"We hold," Ruben Vardanyan said.\n\n"We will hold," Ruben Vardanian said.';
    const found = sourceNameMismatch.check(
      contextFor(text, [
        quoteAt(text, "We hold,", { speaker: "Ruben Vardanyan", ...person }),
        quoteAt(text, "We will hold,", { speaker: "Ruben Vardanian", ...person }),
      ]),
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["Ruben Vardanian"]);
  });
});

describe("source-name-mismatch: paraphrase speakers", () => {
  it("compares a name from 'X says' with a quote speaker's spelling", () => {
    const text = '"Not yet," Katherine Doyle said.\n\nKatharine Doyle says she got 200 emails.';
    const ctx = contextFor(text, [
      quoteAt(text, "Not yet,", { speaker: "Katherine Doyle", speakerKind: "person" }),
    ]);
    expect(sourceNameMismatch.check(ctx).map((d) => text.slice(d.start, d.end))).toEqual(["Katharine Doyle"]);
  });
});

describe("source-name-mismatch in a long story", () => {
  // Every name unique in both parts, so none can pass for another: letters(i) spells i.
  const letters = (i: number) =>
    [2, 1, 0].map((k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join("");
  const crowd = Array.from({ length: 400 }, (_, i) => `Ga${letters(i)} Su${letters(i)}`);

  it("still finds the one name spelled two ways among hundreds of speakers and sources", () => {
    const paragraphs = crowd.map((name) => `${name} said the plan was sound.`);
    paragraphs.splice(10, 0, "Ruben Vardanyan said the road was open.");
    paragraphs.push("Ruben Vardanian said the road had closed.", "Katherine Doyle said she got 200 emails.");
    const sources = [...crowd, "Katharine Doyle"].map((name, i) => source({ id: `s${i}`, name }));
    const found = reviewArticle({ body: bodyFromText(paragraphs.join("\n\n")), sources }).filter(
      (f) => f.rule === "source-name-mismatch",
    );
    expect(found.map((f) => f.excerpt).sort()).toEqual(["Katherine Doyle", "Ruben Vardanian"]);
  });
});
