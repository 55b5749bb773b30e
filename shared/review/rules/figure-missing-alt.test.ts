import { describe, expect, it } from "vitest";
import { body, paragraph } from "../../document/build.ts";
import type { FigureNodeJSON } from "../../document/nodes.ts";
import { contextFor } from "../ruleInputs.test-support.ts";
import { figureMissingAlt } from "./figure-missing-alt.ts";

const figure = (alt: string, caption = "Firefighters at the depot on Tuesday."): FigureNodeJSON => ({
  type: "figure",
  version: 1,
  src: "",
  image: "a".repeat(64),
  alt,
  caption,
  credit: "Jane Doe/AP",
});

describe("figure-missing-alt", () => {
  it("flags a figure with no alt text, named by its caption", () => {
    const found = figureMissingAlt.check(contextFor(body([paragraph("Text."), figure("  ")])));
    expect(found).toHaveLength(1);
    expect(found[0].excerpt).toBe("Firefighters at the depot on Tuesday.");
    expect(found[0].message).toMatch(/no alt text/);
  });

  it("names a figure without a caption by its place, and leaves described figures alone", () => {
    const found = figureMissingAlt.check(contextFor(body([figure("Smoke over a road"), figure("", "")])));
    expect(found.map((f) => f.excerpt)).toEqual(["figure 2"]);
  });
});
