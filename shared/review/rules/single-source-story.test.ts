import { describe, expect, it } from "vitest";
import { contextFor, quoteAt } from "../ruleInputs.test-support.ts";
import { singleSourceStory } from "./single-source-story.ts";

const person = { speakerKind: "person" as const };
const TEXT = '"We are ready," Mayor Ana Ruiz said.\n\n"The bridge opens Monday," Ruiz said.';

describe("single-source-story", () => {
  it("notes a story whose quotes all come from one speaker", () => {
    const found = singleSourceStory.check(
      contextFor(TEXT, [
        quoteAt(TEXT, "We are ready,", { speaker: "Ana Ruiz", ...person }),
        quoteAt(TEXT, "The bridge opens Monday,", { speaker: "Ruiz", ...person }),
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0].excerpt).toBe("Ana Ruiz");
  });

  it("passes two speakers, a single quote, or a quote with an unknown speaker", () => {
    const two = [
      quoteAt(TEXT, "We are ready,", { speaker: "Ana Ruiz", ...person }),
      quoteAt(TEXT, "The bridge opens Monday,", { speaker: "Tom Lee", ...person }),
    ];
    expect(singleSourceStory.check(contextFor(TEXT, two))).toEqual([]);
    expect(singleSourceStory.check(contextFor(TEXT, two.slice(0, 1)))).toEqual([]);
    const unknown = [two[0], quoteAt(TEXT, "The bridge opens Monday,")];
    expect(singleSourceStory.check(contextFor(TEXT, unknown))).toEqual([]);
  });
});
