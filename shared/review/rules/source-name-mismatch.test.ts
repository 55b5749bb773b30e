import { describe, expect, it } from "vitest";
import { contextFor, quoteAt, source } from "../testing.ts";
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
