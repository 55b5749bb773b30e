import { describe, expect, it } from "vitest";
import { detectQuotes } from "../../shared/quotes/index.ts";
import { quoteFingerprint } from "./fingerprint.ts";
import {
  aboveThreshold,
  matchSpeaker,
  pendingSuggestions,
  sourceNameFor,
  speakerOptions,
  speakerSearchWords,
  spellingWarning,
  trimToQuotedWords,
} from "./suggestions.ts";

const STORY = [
  'Russia said it was in contact with Azerbaijan. Foreign ministry spokeswoman Maria Zakharova urged the two countries to "end bloodshed" and pursue peace talks.',
  '"The Russian side urges an end to the bloodshed and a return to a peaceful settlement," she said.',
  '"Mass shelling has started here," Ruen Vardanyan, a former state minister of Karabakh said on Telegram.',
].join("\n\n");

describe("pendingSuggestions", () => {
  const detected = detectQuotes(STORY);

  it("offers every detected quote when nothing is tagged or rejected", () => {
    const texts = pendingSuggestions(detected, new Set(), []).map((s) => s.quote.text);
    expect(texts).toContain("end bloodshed");
    expect(texts.some((t) => t.startsWith("Mass shelling"))).toBe(true);
  });

  it("leaves out rejected quotes and quotes the editor already tagged", () => {
    const shelling = detected.find((q) => q.text.startsWith("Mass shelling"))!;
    const bloodshed = detected.find((q) => q.text === "end bloodshed")!;
    const left = pendingSuggestions(detected, new Set([quoteFingerprint(bloodshed.text)]), [
      { start: shelling.start + 2, end: shelling.start + 6 },
    ]);
    expect(left.map((s) => s.quote.text)).toEqual([expect.stringContaining("The Russian side urges")]);
  });

  it("accepts in bulk only above the chosen confidence", () => {
    const all = pendingSuggestions(detected, new Set(), []);
    expect(aboveThreshold(all, 1.01)).toEqual([]);
    expect(aboveThreshold(all, 0).length).toBe(all.length);
  });
});

describe("matching a suggested speaker to the library", () => {
  const library = [
    { id: "rv", name: "Ruben Vardanyan" },
    { id: "mz", name: "Maria Zakharova" },
    { id: "dm", name: "Defense ministry" },
  ];

  it("catches a misspelt name and warns about the spelling", () => {
    const match = matchSpeaker("Ruen Vardanyan", library);
    expect(match?.id).toBe("rv");
    expect(spellingWarning(match)).toBe("Spelling differs from the library's “Ruben Vardanyan”");
  });

  it("matches a body named with an article, without a warning", () => {
    const match = matchSpeaker("the defense ministry", library);
    expect(match?.id).toBe("dm");
    expect(spellingWarning(match)).toBeNull();
  });

  it("does not offer a different person", () => {
    expect(matchSpeaker("Mario Zakharov", library)).toBeNull();
  });

  it("searches the library by surname and given name", () => {
    expect(speakerSearchWords("Ruen Vardanyan")).toEqual(["Vardanyan", "Ruen"]);
    expect(speakerSearchWords("Azerbaijan's foreign ministry")).toEqual(["ministry", "Azerbaijan"]);
    expect(speakerSearchWords("Baku")).toEqual(["Baku"]);
  });

  it("names a new source as the story names the speaker", () => {
    expect(sourceNameFor("the defense ministry")).toBe("Defense ministry");
    expect(sourceNameFor("Maria Zakharova")).toBe("Maria Zakharova");
  });
});

describe("trimToQuotedWords", () => {
  it("keeps the quotation marks and spaces outside a hand-made tag", () => {
    const text = "They said towns were “under intensive fire”. Then";
    const start = text.indexOf("“") - 1;
    const end = text.indexOf("”") + 1;
    const range = trimToQuotedWords(text, { start, end });
    expect(text.slice(range.start, range.end)).toBe("under intensive fire");
  });

  it("leaves a selection of plain words alone", () => {
    const text = "it said, adding it was using";
    expect(trimToQuotedWords(text, { start: 9, end: 15 })).toEqual({ start: 9, end: 15 });
  });
});

describe("speakerOptions", () => {
  const text = [
    'Councillor Maria Olsen told the meeting that the library had "served this town for ninety years".',
    "Her colleague Tom Reyes, who chairs the finance committee, pointed to the repair bill.",
    '"We cannot keep pouring money into a building that leaks."',
    '"The ground floor will flood again this winter," Olsen said.',
  ].join("\n\n");
  const quotes = detectQuotes(text);
  const none = () => null;

  it("pre-selects a speaker the detector is sure of, full name first", () => {
    const { options, confident } = speakerOptions(
      quotes.find((q) => q.text.startsWith("The ground"))!,
      none,
    );
    expect(confident).toBe(true);
    expect(options[0].name).toBe("Maria Olsen");
  });

  it("offers an unsure pick with the next candidates, at most three", () => {
    const { options, confident } = speakerOptions(
      quotes.find((q) => q.text.startsWith("We cannot"))!,
      none,
    );
    expect(confident).toBe(false);
    expect(options.map((o) => o.name).slice(0, 2)).toEqual(["Tom Reyes", "Maria Olsen"]);
    expect(options.length).toBeLessThanOrEqual(3);
  });
});
