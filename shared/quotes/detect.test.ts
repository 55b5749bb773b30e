import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detectQuotes } from "./index.ts";

const seed = readFileSync(new URL("./fixtures/press-tv-karabakh.txt", import.meta.url), "utf8");
const found = detectQuotes(seed);
const quote = (opening: string) => {
  const q = found.find((d) => d.text.startsWith(opening));
  if (!q) throw new Error(`not found: ${opening}`);
  return q;
};

describe("detectQuotes on the Press TV seed story", () => {
  it("keeps offsets true to the text and sorted", () => {
    for (const q of found) {
      expect(seed.slice(q.start, q.end)).toBe(q.text);
      expect(q.markStart).toBe(q.start - 1);
    }
    expect([...found].sort((a, b) => a.start - b.start)).toEqual(found);
  });

  it("finds the seven full quotations with their speakers", () => {
    const full: [string, string[]][] = [
      ["Mass shelling has started here,", ["Ruen Vardanyan"]],
      ["The Russian side urges an end to the bloodshed", ["Maria Zakharova"]],
      ["all steps for a peaceful solution", ["Maria Zakharova"]],
      ["To ensure the evacuation", ["the defense ministry"]],
      ["Localized anti-terrorist measures", ["the defense ministry"]],
      ["high precision weapons", ["the defense ministry"]],
      ["The Armenian defense ministry has repeatedly stated", ["the Armenian defense ministry", "Armenia"]],
    ];
    for (const [opening, speakers] of full) expect(speakers, opening).toContain(quote(opening).speaker);
    for (const [opening] of full.filter(([o]) => !o.startsWith("high")))
      expect(quote(opening).kind, opening).toBe("full");
  });

  it("reads the platform, the cue and the unclosed quote", () => {
    expect(quote("Mass shelling").channel).toBe("Telegram");
    expect(quote("Mass shelling").cue).toBe("said on Telegram");
    expect(quote("The Russian side").cue).toBe("she said");
    const open = quote("high precision weapons");
    expect(open.closed).toBe(false);
    const tail = "as part of the operations.";
    expect(open.end).toBe(seed.indexOf(tail) + tail.length);
    expect(open.markEnd).toBe(open.end);
    expect(found.filter((q) => !q.closed)).toHaveLength(1);
  });

  it("finds at least nine of the eleven partial quotations", () => {
    const partial: [string, string[] | null][] = [
      ["under intensive fire", null],
      ["regime", ["Azerbaijan's foreign ministry"]],
      ["end bloodshed", ["Maria Zakharova"]],
      ["systemic shelling", ["Baku"]],
      ["the continuing mining of our territories", ["Baku"]],
      ["repeatedly warned", ["Baku"]],
      ["a serious source of threat", ["Baku"]],
      ["suppress large-scale provocations", ["Baku"]],
      ["disarmament and withdrawal", ["Baku"]],
      ["the safety of the civilian population", ["Baku"]],
      ["Armenian separatist groups.", ["Baku"]],
    ];
    const hits = partial.filter(([opening, speakers]) => {
      const q = found.find((d) => d.text.startsWith(opening));
      return (
        q &&
        q.kind === "partial" &&
        (speakers === null ? q.speaker === null : speakers.includes(q.speaker ?? ""))
      );
    });
    expect(hits.length).toBeGreaterThanOrEqual(9);
  });

  it("gives no speaker to a 'They' with no antecedent, and low confidence", () => {
    const q = quote("under intensive fire");
    expect(q.speaker).toBeNull();
    expect(q.confidence).toBeLessThan(0.5);
    expect(quote("Mass shelling").confidence).toBeGreaterThan(0.8);
  });

  it("finds nothing in the site chrome or caption", () => {
    expect(found).toHaveLength(18);
  });
});

describe("detectQuotes on marks and apostrophes", () => {
  it("treats elisions and possessives as apostrophes", () => {
    const text =
      "The ministers' aides said rock 'n' roll was back in the '90s and don't care about Armenia's view.";
    expect(detectQuotes(text)).toEqual([]);
  });

  it("keeps single quotes nested in double ones inside the outer quote", () => {
    const text = `"They called it 'a disgrace', and I agree," Anna Berg said.`;
    const [q] = detectQuotes(text);
    expect(detectQuotes(text)).toHaveLength(1);
    expect(q.text).toBe("They called it 'a disgrace', and I agree,");
    expect(q.speaker).toBe("Anna Berg");
  });

  it("joins a quotation run on over paragraphs into one closed quote", () => {
    const text = `"We start at dawn," Ivan Petrov said.\n\n"The roads are bad.\n\n"But we will get there."`;
    const qs = detectQuotes(text);
    expect(qs).toHaveLength(2);
    expect(qs[1].closed).toBe(true);
    expect(qs[1].text).toBe(`The roads are bad.\n\n"But we will get there.`);
    expect(qs[1].parts).toHaveLength(2);
    expect(qs[1].speaker).toBe("Ivan Petrov");
  });

  it("reports a mark that never closes, ending at its paragraph", () => {
    const text = `The agency said it was "reviewing all options.\n\nOther news followed.`;
    const [q] = detectQuotes(text);
    expect(q.closed).toBe(false);
    expect(q.text).toBe("reviewing all options.");
  });

  it("handles British single quotes with plural possessives inside", () => {
    const text = "Local MP Tom Hughes said: 'My constituents' patience has run out.'";
    const [q] = detectQuotes(text);
    expect(q.text).toBe("My constituents' patience has run out.");
    expect(q.kind).toBe("full");
    expect(q.speaker).toBe("Tom Hughes");
  });

  it("resolves 'he' to the nearest man, not the nearer woman", () => {
    const text = `Mayor John Reed met Mrs. Ellen Shaw on Monday. "It went well," he said.`;
    expect(detectQuotes(text)[0].speaker).toBe("John Reed");
  });

  it("names the platform of a post", () => {
    const text = `"We are safe," Lena Ortiz wrote on Facebook.`;
    expect(detectQuotes(text)[0].channel).toBe("Facebook");
  });
});
