import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plainText } from "../document/text.ts";
import { importPlainText } from "./plainText.ts";

const seed = readFileSync(new URL("./fixtures/press-tv-karabakh.txt", import.meta.url), "utf8");

describe("plain-text import", () => {
  it("takes the first line as headline and blank-line paragraphs as the body", () => {
    const got = importPlainText("Council votes\n\nFirst para\nwraps here.\n\n\nSecond para.\n");
    expect(got.headline).toBe("Council votes");
    expect(plainText(got.body)).toBe("First para wraps here.\n\nSecond para.");
  });

  it("sets the seed story's site chrome aside and keeps the story", () => {
    const got = importPlainText(seed);
    expect(got.headline).toBe("Azerbaijan launches military operation in Karabakh as tensions escalate");
    expect(got.droppedChrome).toEqual([
      "News / More",
      "Press TV’s website can also be accessed at the following alternate addresses:",
      "Press TV News Roku",
    ]);
    const text = plainText(got.body);
    expect(text.startsWith("This photo shared by the Azerbaijani media purportedly")).toBe(true);
    expect(text).toContain("peace deal.");
    expect(text).not.toContain("Roku");
  });

  it("keeps an ordinary short paragraph that only resembles chrome", () => {
    const got = importPlainText("Headline\n\nShare prices fell 3% on Tuesday as investors sold bank stocks.");
    expect(got.droppedChrome).toEqual([]);
  });

  it("puts a By line and an opening dateline in their fields, out of the body", () => {
    const wire = importPlainText(
      "Azerbaijan launches operation in Karabakh\n\nBy Nailia Bagirova and Felix Light\n\nBAKU, Sept 19 (Reuters) - Azerbaijan launched an operation on Tuesday.\n\nArmenia said it was not involved.",
    );
    expect(wire.byline).toBe("Nailia Bagirova and Felix Light");
    expect(wire.dateline).toBe("BAKU, Sept 19 (Reuters)");
    expect(plainText(wire.body)).toBe(
      "Azerbaijan launched an operation on Tuesday.\n\nArmenia said it was not involved.",
    );
    const local = importPlainText(
      "Harbour plan approved\n\nPORTSMOUTH — The council voted 7-2.\n\nWork starts in March.",
    );
    expect(local.dateline).toBe("PORTSMOUTH");
    expect(plainText(local.body)).toMatch(/^The council voted 7-2\./);
    // Ordinary sentences are neither: "By then" is no byline, "The mayor said - " no dateline.
    const plain = importPlainText("Title\n\nBy then the ferry had left.\n\nThe mayor said - nothing.");
    expect([plain.byline, plain.dateline]).toEqual(["", ""]);
    expect(plainText(plain.body)).toBe("By then the ferry had left.\n\nThe mayor said - nothing.");
  });
});
