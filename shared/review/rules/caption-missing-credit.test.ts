import { describe, expect, it } from "vitest";
import { body, paragraph } from "../../document/build.ts";
import type { FigureNodeJSON } from "../../document/nodes.ts";
import { contextFor } from "../ruleInputs.test-support.ts";
import { captionMissingCredit } from "./caption-missing-credit.ts";

const figure = (credit: string): FigureNodeJSON => ({
  type: "figure",
  version: 1,
  src: "blast.jpg",
  alt: "Smoke over a road",
  caption: "Smoke rises over the Fuzuli-Shusha road.",
  credit,
});

const hits = (text: string) =>
  captionMissingCredit.check(contextFor(text)).map((d) => text.slice(d.start, d.end));

describe("caption-missing-credit", () => {
  it("flags a figure with no credit", () => {
    const found = captionMissingCredit.check(contextFor(body([paragraph("Text."), figure(" ")])));
    expect(found).toHaveLength(1);
    expect(found[0].excerpt).toBe("Smoke rises over the Fuzuli-Shusha road.");
    expect(captionMissingCredit.check(contextFor(body([figure("Jane Doe/AP")])))).toEqual([]);
  });

  it("flags paragraphs that read as captions without a credit", () => {
    const caption =
      "This photo shared by the Azerbaijani media purportedly shows the aftermath of a mine explosion.";
    expect(hits(caption)).toEqual([caption]);
    expect(hits("Pictured: the bridge after the flood.")).toEqual(["Pictured: the bridge after the flood."]);
    expect(hits("Smoke rises over the town (Photo: taken from a hill).")).toHaveLength(1);
  });

  it("passes credited captions and ordinary paragraphs", () => {
    expect(hits("This photo shows the bridge after the flood. (AP Photo/Jane Doe)")).toEqual([]);
    expect(hits("Pictured: the bridge after the flood. Photo by Jane Doe.")).toEqual([]);
    expect(hits("Smoke rises over the town (Photo: Jane Doe/Daily Star).")).toEqual([]);
    expect(hits("The mayor said the photo showed the bridge.")).toEqual([]);
  });
});
