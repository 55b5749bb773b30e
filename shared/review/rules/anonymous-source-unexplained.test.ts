import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../../document/build.ts";
import type { ReviewSource } from "../types.ts";
import { contextFor, source } from "../ruleInputs.test-support.ts";
import { anonymousSourceUnexplained } from "./anonymous-source-unexplained.ts";

function storyQuoting(s: ReviewSource) {
  const b = body([
    paragraph([
      textNode("“"),
      {
        type: "quotation",
        version: 1,
        quoteId: "q1",
        sourceId: s.id,
        status: "confirmed",
        children: [textNode("The deal is off")],
      },
      textNode(",” said an official who was not authorized to speak publicly."),
    ]),
    paragraph([
      textNode("“"),
      {
        type: "quotation",
        version: 1,
        quoteId: "q2",
        sourceId: s.id,
        status: "confirmed",
        children: [textNode("Talks are over")],
      },
      textNode(",” the official said."),
    ]),
  ]);
  return contextFor(b, [], [s]);
}

describe("anonymous-source-unexplained", () => {
  it("flags an anonymous source with no reason, once, at the first quote", () => {
    const findings = anonymousSourceUnexplained.check(
      storyQuoting(source({ id: "a", name: "Official A", standing: "anonymous", anonymityReason: "  " })),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].start).toBe(1);
  });

  it("passes an anonymous source with a reason, and named sources", () => {
    const reason = "not authorized to discuss the talks";
    expect(
      anonymousSourceUnexplained.check(
        storyQuoting(source({ id: "a", name: "Official A", standing: "anonymous", anonymityReason: reason })),
      ),
    ).toEqual([]);
    expect(anonymousSourceUnexplained.check(storyQuoting(source({ id: "b", name: "Ana Ruiz" })))).toEqual([]);
  });
});
