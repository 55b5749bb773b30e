// The person a cue's subject phrase names, when the phrase also holds a place, body or party that
// only describes them, or an owner's role in apposition. Short made-up copy, one class each.
import { describe, expect, it } from "vitest";
import { detectQuotes } from "./index.ts";

const speakerOf = (text: string, opening: string): string | null => {
  const q = detectQuotes(text).find((d) => d.text.startsWith(opening));
  if (!q) throw new Error(`not found: ${opening}`);
  return q.speaker;
};

describe("the name at the end of a describing phrase speaks", () => {
  it("skips a place, a '-based' modifier or a body in front of the role", () => {
    const cases: [string, string][] = [
      ['"The bridge can wait," said Leeds-based engineer Hannah Okoye.', "Hannah Okoye"],
      ['"The bridge can wait," said Ontario delegate Marcus Bell.', "Marcus Bell"],
      ['"The bridge can wait," Harbour Trust chair Ines Kovač said.', "Ines Kovač"],
      ['"The bridge can wait," said Green Party councillor Tomasz Wrona.', "Tomasz Wrona"],
      ['"The bridge can wait," said Okafor campaign spokesman Ben Ruiz.', "Ben Ruiz"],
    ];
    for (const [text, who] of cases)
      expect(speakerOf("The vote was close. " + text, "The bridge"), who).toBe(who);
  });

  it("does not reach past a preposition or a verb to a later name", () => {
    const text =
      'The vote was close. "The bridge can wait," said the Harbour Trust in a note to Marcus Bell.';
    expect(speakerOf(text, "The bridge")).toBe("the Harbour Trust");
  });

  it("gives an owner's role in apposition to the name before it", () => {
    const text =
      'The vote was close. "The bridge can wait," Ruth Achebe, the council\'s chief engineer, said.';
    expect(speakerOf(text, "The bridge")).toBe("Ruth Achebe");
    const owned = 'The vote was close. "The bridge can wait," Ruth Achebe, Halden\'s chief engineer, said.';
    expect(speakerOf(owned, "The bridge")).toBe("Ruth Achebe");
  });
});

describe("a possessive before a quotation owns nothing after it", () => {
  it("finds the surname that follows a paragraph ending in a possessive", () => {
    const text =
      "Dan Okafor runs Westbrook Capital.\n\n" +
      "Mayor Ines Duarte said on Monday that her plan was closer to Okafor’s than Hale’s.\n\n" +
      "“This is a problem, of course,” Okafor said.";
    expect(speakerOf(text, "This is a problem")).toBe("Dan Okafor");
  });
});

describe("two apostrophes typed for a quotation mark", () => {
  it("reads ''…'' as one quotation with its cue, offsets unchanged", () => {
    const text = "After the meeting the minister ''looked tired,'' Mr. Ferreira said. ''We all did.''";
    const quotes = detectQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["looked tired,", "We all did."]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ferreira", "Ferreira"]);
    expect(text.slice(quotes[0].start, quotes[0].end)).toBe("looked tired,");
    expect(text.slice(quotes[0].markStart, quotes[0].markEnd)).toBe("''looked tired,''");
  });

  it("keeps a single quotation nested at the edge ('''…''')", () => {
    const text = "''I told them, 'Come back tomorrow,''' Ms. Adeyemi said.";
    const [q] = detectQuotes(text);
    expect(q.text).toBe("I told them, 'Come back tomorrow,'");
    expect(q.speaker).toBe("Adeyemi");
  });
});

describe("particles inside a person's name", () => {
  it("keeps da, de, dos and van inside the name", () => {
    const cases: [string, string][] = [
      ['"We stayed," said Ana Paula dos Santos, a nurse.', "Ana Paula dos Santos"],
      ['"We stayed," said Pieter van der Berg, a farmer.', "Pieter van der Berg"],
      ['Luísa Vieira da Costa spoke first. "We stayed," Luísa told reporters.', "Luísa Vieira da Costa"],
    ];
    for (const [text, who] of cases) expect(speakerOf("The river rose. " + text, "We stayed"), who).toBe(who);
  });
});
