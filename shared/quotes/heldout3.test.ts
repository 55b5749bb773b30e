// Scores detectQuotes on a third held-out set: six stories in styles the development corpus and the
// first two held-out sets do not lean on (a Reuters energy/markets story, an Australian regional
// story in single quotes, a sports feature with quotes run on over paragraphs, a science story with
// a dissenting expert, a humanitarian disaster story with a UN agency, an NGO and an anonymous
// official, and a business/legal story quoting a regulator's complaint, a company and its lawyer).
// They were written and annotated while the detector was being changed, by someone who read
// neither the detector code nor its output on them, and nothing was tuned on them.
//
// NOT YET RUN. The floors below are deliberately loose guesses, not measurements; after the one
// scoring run, replace them with the measured figures minus a margin (as in heldout2.test.ts) and
// record the measured figures here.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { detectQuotes } from "./index.ts";
import { combineScores, scoreQuotes, type Annotation, type Score } from "./score.ts";

const dir = new URL("./fixtures/heldout3/", import.meta.url);
const stories = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.json$/, "");
    const annotation = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Annotation;
    const text = readFileSync(new URL(name + ".txt", dir), "utf8");
    return { name, annotation, text, score: scoreQuotes(detectQuotes(text), annotation.quotes) };
  });
const pct = (n: number): string => (n * 100).toFixed(0).padStart(4) + "%";
const row = (label: string, s: Score): string =>
  `| ${label.padEnd(30)} | ${String(s.expected).padStart(3)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.speakerAccuracy)} | ${pct(s.kindAccuracy)} |`;

describe("quote detection scored against the third held-out set", () => {
  const all = combineScores(stories.map((s) => s.score));

  it("annotates real text: each expected quotation opens, once, with its annotated words", () => {
    for (const s of stories) {
      for (const q of s.annotation.quotes) {
        const openings = ['"', "“", "‘", "'"]
          .map((mark) => s.text.split(mark + q.start).length - 1)
          .reduce((a, b) => a + b, 0);
        expect(openings, `${s.name}: ${q.start}`).toBe(1);
      }
    }
  });

  it("prints the held-out table", () => {
    const lines = [
      "| story (style)                  | quotes | precision | recall | speaker | kind |",
      ...stories.map((s) => row(`${s.name} (${s.annotation.style})`.slice(0, 30), s.score)),
      row(`held-out 3 (${stories.length} stories)`, all),
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

  // Loose floors, set before any run (93 annotated quotes).
  it("finds the quotations of unseen stories", () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps speaker and kind accuracy above loose floors", () => {
    expect(all.speakerAccuracy).toBeGreaterThanOrEqual(0.5);
    expect(all.kindAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
