import { describe, expect, it } from "vitest";
import { contextFor } from "../ruleInputs.test-support.ts";
import { placeAsSpeaker } from "./place-as-speaker.ts";

const hits = (text: string) => placeAsSpeaker.check(contextFor(text)).map((d) => text.slice(d.start, d.end));

describe("place-as-speaker", () => {
  it("flags capitals and seats of power speaking for a government", () => {
    expect(hits("Baku said it had informed the peacekeepers.")).toEqual(["Baku said"]);
    expect(hits('Baku has cited "systemic shelling" of its positions.')).toEqual(["Baku has cited"]);
    expect(hits("Washington warned against escalation, and Moscow on Tuesday accused Kyiv.")).toEqual([
      "Washington warned",
      "Moscow on Tuesday accused",
    ]);
    expect(
      hits("The Kremlin said nothing. Hours after Baku said six died, the White House responded."),
    ).toEqual(["Kremlin said", "Baku said", "the White House responded"]);
  });

  it("passes places that are not the speaker", () => {
    expect(hits("Baku-based analyst Elchin Aliyev said the talks had stalled.")).toEqual([]);
    expect(hits("The New York Times said the talks had stalled.")).toEqual([]);
    expect(hits("Officials in Moscow said little. Denzel Washington said he loved the film.")).toEqual([]);
    expect(hits("The Washington Post said the report was accurate.")).toEqual([]);
  });
});
