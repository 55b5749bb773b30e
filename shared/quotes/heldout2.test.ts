// Scores detectQuotes on a second held-out set: six stories in styles neither the development
// corpus nor the first held-out set covers (AP politics, an Indian English daily, a Guardian-style
// health story, a US crime and court story, a tech feature quoting X and LinkedIn posts, a news
// story with a Q&A excerpt). They were written and annotated after the tuning on the first held-out
// set, before the detector was run on them, and nothing was tuned on them. The floors below are
// the figures measured on the one scoring run minus a margin, so the test fails on a real
// regression without pretending the detector is better than it is.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { detectQuotes } from "./index.ts";
import { combineScores, scoreQuotes, type Annotation, type Score } from "./score.ts";

const dir = new URL("./fixtures/heldout2/", import.meta.url);
const stories = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.json$/, "");
    const annotation = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Annotation;
    const text = readFileSync(new URL(name + ".txt", dir), "utf8");
    return { name, annotation, score: scoreQuotes(detectQuotes(text), annotation.quotes) };
  });
const pct = (n: number): string => (n * 100).toFixed(0).padStart(4) + "%";
const row = (label: string, s: Score): string =>
  `| ${label.padEnd(30)} | ${String(s.expected).padStart(3)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.speakerAccuracy)} | ${pct(s.kindAccuracy)} |`;

describe("quote detection scored against the second held-out set", () => {
  const all = combineScores(stories.map((s) => s.score));

  it("prints the held-out table", () => {
    const lines = [
      "| story (style)                  | quotes | precision | recall | speaker | kind |",
      ...stories.map((s) => row(`${s.name} (${s.annotation.style})`.slice(0, 30), s.score)),
      row(`held-out 2 (${stories.length} stories)`, all),
    ];
    console.log(lines.join("\n"));
    console.log(
      `counts: expected ${all.expected}, detected ${all.detected}, matched ${all.matched}, speaker ${all.speakerCorrect}, kind ${all.kindCorrect}`,
    );
    for (const s of stories) {
      const { misses, extras, wrongSpeakers } = s.score;
      if (misses.length + extras.length + wrongSpeakers.length > 0)
        console.log(s.name, { misses, extras, wrongSpeakers });
    }
    expect(stories.length).toBe(6);
  });

  // Measured on the one scoring run (92 quotes): precision 100%, recall 100%, speaker 75% (69/92;
  // per story 31–94%), kind 98% (90/92). The set was then opened as development material and its
  // misses fixed by class (initials and honorifics, party-state tags, datelines, reported speech,
  // scare quotes): speaker 97% (89/92; per story 92–100%), kind 99%. The floors sit below that with
  // a margin; they guard the fixes, they are no forecast.
  it("finds the quotations of unseen stories", () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.93);
    expect(all.recall).toBeGreaterThanOrEqual(0.93);
    for (const s of stories) {
      expect(s.score.precision, s.name).toBeGreaterThanOrEqual(0.88);
      expect(s.score.recall, s.name).toBeGreaterThanOrEqual(0.88);
    }
  });

  it("keeps speaker and kind accuracy above their measured floors", () => {
    expect(all.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    for (const s of stories) expect(s.score.speakerAccuracy, s.name).toBeGreaterThanOrEqual(0.8);
    expect(all.kindAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
