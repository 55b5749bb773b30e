// One way to score a set of annotated stories (held-out or development), for heldout*.test.ts and
// development*.test.ts: load the stories and hold the floors. Floors are measured figures minus a
// margin, so a test fails on a real regression without pretending the detector is better than it
// is; a failing floor prints the table with every miss, extra and wrong speaker.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectQuotes } from "./index.ts";
import { type Annotation, combineScores, type Score, scoreQuotes } from "./score.ts";

export interface Floors {
  /** Overall and per-story floors for precision and recall. */
  found: { all: number; story: number };
  speaker: { all: number; story: number };
  kind: number;
}

const pct = (n: number): string => (n * 100).toFixed(0).padStart(4) + "%";
const row = (label: string, s: Score): string =>
  `| ${label.padEnd(30)} | ${String(s.expected).padStart(3)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.speakerAccuracy)} | ${pct(s.kindAccuracy)} |`;

export function describeAnnotatedSet(label: string, folder: URL, count: number, floors: Floors): void {
  const stories = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, "");
      const annotation = JSON.parse(readFileSync(new URL(f, folder), "utf8")) as Annotation;
      const text = readFileSync(new URL(`${name}.txt`, folder), "utf8");
      return { name, annotation, text, score: scoreQuotes(detectQuotes(text), annotation.quotes) };
    });
  const all = combineScores(stories.map((s) => s.score));
  const table = (): string =>
    [
      "| story (style)                  | quotes | precision | recall | speaker | kind |",
      ...stories.map((s) => row(`${s.name} (${s.annotation.style})`.slice(0, 30), s.score)),
      row(`${label} (${stories.length} stories)`, all),
      ...stories
        .filter((s) => s.score.misses.length + s.score.extras.length + s.score.wrongSpeakers.length > 0)
        .map(
          (s) =>
            `${s.name}: ${JSON.stringify({ misses: s.score.misses, extras: s.score.extras, wrong: s.score.wrongSpeakers })}`,
        ),
    ].join("\n");

  describe(`quote detection scored against ${label}`, () => {
    it("annotates real text: each expected quotation opens with its annotated words", () => {
      expect(stories.length).toBe(count);
      for (const s of stories) {
        for (const q of s.annotation.quotes) {
          const opens = ['"', "“", "‘", "'"].some((mark) => s.text.includes(mark + q.start));
          expect(opens, `${s.name}: ${q.start}`).toBe(true);
        }
      }
    });

    it("finds the quotations", () => {
      expect(all.precision, table()).toBeGreaterThanOrEqual(floors.found.all);
      expect(all.recall, table()).toBeGreaterThanOrEqual(floors.found.all);
      for (const s of stories) {
        expect(s.score.precision, `${s.name}\n${table()}`).toBeGreaterThanOrEqual(floors.found.story);
        expect(s.score.recall, `${s.name}\n${table()}`).toBeGreaterThanOrEqual(floors.found.story);
      }
    });

    it("names the speakers and tells full quotes from partial ones", () => {
      expect(all.speakerAccuracy, table()).toBeGreaterThanOrEqual(floors.speaker.all);
      for (const s of stories)
        expect(s.score.speakerAccuracy, `${s.name}\n${table()}`).toBeGreaterThanOrEqual(floors.speaker.story);
      expect(all.kindAccuracy, table()).toBeGreaterThanOrEqual(floors.kind);
    });
  });
}
