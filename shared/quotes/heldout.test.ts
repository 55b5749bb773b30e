// Scores detectQuotes on a held-out set: stories written and annotated after the detector was
// tuned, and never used to tune it. The floors below are the measured figures minus a margin, so
// the test fails on a real regression without pretending the detector is better than it is.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { detectQuotes } from "./index.ts";
import { combineScores, scoreQuotes, type Annotation, type Score } from "./score.ts";

const dir = new URL("./fixtures/heldout/", import.meta.url);
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

describe("quote detection scored against the held-out stories", () => {
  const all = combineScores(stories.map((s) => s.score));

  it("prints the held-out table", () => {
    const lines = [
      "| story (style)                  | quotes | precision | recall | speaker | kind |",
      ...stories.map((s) => row(`${s.name} (${s.annotation.style})`.slice(0, 30), s.score)),
      row(`held-out (${stories.length} stories)`, all),
    ];
    console.log(lines.join("\n"));
    for (const s of stories) {
      const { misses, extras, wrongSpeakers } = s.score;
      if (misses.length + extras.length + wrongSpeakers.length > 0)
        console.log(s.name, { misses, extras, wrongSpeakers });
    }
    expect(stories.length).toBe(5);
  });

  // Measured when the set was added (71 quotes): precision 97%, recall 99%, speaker 46%, kind 97%.
  // Measured once after the speaker work (fixed by failure class on other stories, not on these):
  // precision 100%, recall 100%, speaker 86% (61/71; per story 75–93%), kind 97%.
  it("finds the quotations of unseen stories", () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.93);
    expect(all.recall).toBeGreaterThanOrEqual(0.93);
    for (const s of stories) {
      expect(s.score.precision, s.name).toBeGreaterThanOrEqual(0.88);
      expect(s.score.recall, s.name).toBeGreaterThanOrEqual(0.88);
    }
  });

  it("keeps speaker and kind accuracy above their measured floors", () => {
    expect(all.speakerAccuracy).toBeGreaterThanOrEqual(0.78);
    for (const s of stories) expect(s.score.speakerAccuracy, s.name).toBeGreaterThanOrEqual(0.65);
    expect(all.kindAccuracy).toBeGreaterThanOrEqual(0.88);
  });
});
