import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { detectQuotes } from "./index.ts";
import { combineScores, scoreQuotes, type Annotation, type Score } from "./score.ts";

const dir = new URL("./fixtures/", import.meta.url);
const stories = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => {
    const name = f.replace(/\.json$/, "");
    const annotation = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Annotation;
    const text = readFileSync(new URL(name + ".txt", dir), "utf8");
    return { name, annotation, score: scoreQuotes(detectQuotes(text), annotation.quotes) };
  });
const SEED = "press-tv-karabakh";
const pct = (n: number): string => (n * 100).toFixed(0).padStart(4) + "%";
const row = (label: string, s: Score): string =>
  `| ${label.padEnd(30)} | ${String(s.expected).padStart(3)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.speakerAccuracy)} | ${pct(s.kindAccuracy)} |`;

describe("quote detection scored against the annotated corpus", () => {
  const own = combineScores(stories.filter((s) => s.name !== SEED).map((s) => s.score));
  const all = combineScores(stories.map((s) => s.score));

  it("prints the benchmark table", () => {
    const lines = [
      "| story (style)                  | quotes | precision | recall | speaker | kind |",
      ...stories.map((s) => row(`${s.name} (${s.annotation.style})`.slice(0, 30), s.score)),
      row(`own corpus (${stories.length - 1} stories)`, own),
      row("all including seed", all),
    ];
    console.log(lines.join("\n"));
    for (const s of stories) {
      const { misses, extras, wrongSpeakers } = s.score;
      if (misses.length + extras.length + wrongSpeakers.length > 0)
        console.log(s.name, { misses, extras, wrongSpeakers });
    }
    expect(stories.length).toBeGreaterThanOrEqual(7);
  });

  it("finds the quotations of the house-style stories", () => {
    expect(own.precision).toBeGreaterThanOrEqual(0.95);
    expect(own.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("names the right speaker for most of them", () => {
    expect(own.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(own.kindAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("holds on every style, not just on average", () => {
    for (const s of stories) {
      expect(s.score.recall, s.name).toBeGreaterThanOrEqual(0.9);
      expect(s.score.speakerAccuracy, s.name).toBeGreaterThanOrEqual(0.8);
    }
  });
});
