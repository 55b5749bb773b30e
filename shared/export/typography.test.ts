import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../document/build.ts";
import { TEXT_FORMAT } from "../document/nodes.ts";
import type { ParagraphNodeJSON, TextNodeJSON } from "../document/nodes.ts";
import { typesetBody, typesetStretches, typesetText } from "./typography.ts";

function texts(nodes: TextNodeJSON[]): string[] {
  const typeset = typesetBody(body([paragraph(nodes)]));
  return (typeset.root.children[0] as ParagraphNodeJSON).children.map((c) => (c as TextNodeJSON).text);
}

describe("typography", () => {
  it.each([
    [`"Hello," she said.`, "\u201cHello,\u201d she said."],
    ["It's O'Neil's call", "It\u2019s O\u2019Neil\u2019s call"],
    ["the '90s and '20s", "the \u201990s and \u201920s"],
    ["rock 'n' roll, give 'em hell", "rock \u2019n\u2019 roll, give \u2019em hell"],
    [`"He said 'no' today," she said.`, "\u201cHe said \u2018no\u2019 today,\u201d she said."],
    [`"'Tis the season"`, "\u201c\u2019Tis the season\u201d"],
    [`"'Stop,' he said"`, "\u201c\u2018Stop,\u2019 he said\u201d"],
    ["the students' union", "the students\u2019 union"],
    [`(“Yes” and "no")`, "(\u201cYes\u201d and \u201cno\u201d)"],
    ["wait -- what... now", "wait \u2014 what\u2026 now"],
    ["a---b", "a\u2014b"],
    ["two  spaces   here", "two spaces here"],
  ])("%s", (input, expected) => {
    expect(typesetText(input)).toBe(expected);
  });

  it("curls quotes correctly across text nodes of one block", () => {
    expect(
      texts([textNode('She said "'), textNode("never", TEXT_FORMAT.italic), textNode('" again.')]),
    ).toEqual(["She said \u201c", "never", "\u201d again."]);
    expect(texts([textNode('"'), textNode("Yes", TEXT_FORMAT.bold), textNode(`," 'he' said`)])).toEqual([
      "\u201c",
      "Yes",
      ",\u201d \u2018he\u2019 said",
    ]);
  });

  it("collapses a double space split across two text nodes", () => {
    expect(texts([textNode("a "), textNode(" b", TEXT_FORMAT.bold)])).toEqual(["a ", "b"]);
  });

  it("leaves code exactly as typed but lets it give context", () => {
    expect(texts([textNode('run "'), textNode("--x 'y'...", TEXT_FORMAT.code), textNode('" now')])).toEqual([
      "run \u201c",
      "--x 'y'...",
      "\u201d now",
    ]);
  });

  it("treats a line break as a space for quote direction", () => {
    expect(
      typesetStretches([
        { text: "end.", fixed: false },
        { text: "\n", fixed: true },
        { text: '"Next', fixed: false },
      ]),
    ).toEqual(["end.", "\n", "\u201cNext"]);
  });

  it("does not change the stored body", () => {
    const original = body([paragraph('"quoted" -- text')]);
    const before = JSON.stringify(original);
    typesetBody(original);
    expect(JSON.stringify(original)).toBe(before);
  });
});
