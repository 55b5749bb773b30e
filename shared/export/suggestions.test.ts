// Suggested edits in an export: by default the page reads as if every suggestion were accepted
// (no word twice, nothing struck through); a draft export can show them as <ins>/<del>.
import { describe, expect, it } from "vitest";
import { body, formatSuggestion, paragraph, suggestion, textNode } from "../document/build.ts";
import { TEXT_FORMAT } from "../document/nodes.ts";
import { kitchenSink } from "./fixtures/kitchenSink.ts";
import { exportFragment, exportNinjs } from "./index.ts";
import type { ExportArticle } from "./types.ts";

const draft = {
  ...kitchenSink,
  body: body([
    paragraph([
      textNode("Turnout was "),
      suggestion("suggestion-delete", "low", {
        id: "d1",
        author: "Ana Ruiz",
        at: "2026-12-03T16:00:00.000Z",
      }),
      suggestion("suggestion-insert", "high", {
        id: "i1",
        author: "Ben Ode",
        at: "2026-12-03T16:01:00.000Z",
      }),
      textNode(" this year."),
    ]),
  ]),
} satisfies ExportArticle;

describe("suggested edits in an export", () => {
  it("reads as accepted by default: the insertion's words in, the deletion's words out", () => {
    expect(exportFragment(draft, [], { typography: false })).toBe("<p>Turnout was high this year.</p>");
    expect(exportNinjs(draft, [], { typography: false }).body_html).toBe(
      "<p>Turnout was high this year.</p>",
    );
  });

  it("shows them as <ins> and <del> with who and when, when a draft asks", () => {
    expect(exportFragment(draft, [], { typography: false, showSuggestions: true })).toBe(
      '<p>Turnout was <del datetime="2026-12-03T16:00:00.000Z" title="Suggested by Ana Ruiz">low</del>' +
        '<ins datetime="2026-12-03T16:01:00.000Z" title="Suggested by Ben Ode">high</ins> this year.</p>',
    );
  });
});

describe("a suggested formatting change in an export", () => {
  const bolded = {
    ...kitchenSink,
    body: body([
      paragraph([
        textNode("Turnout was "),
        formatSuggestion("bold", true, [textNode("high", TEXT_FORMAT.bold)], { id: "f1", author: "Ben Ode" }),
        textNode("."),
      ]),
    ]),
  } satisfies ExportArticle;

  it("reads as accepted by default: the words as suggested, with no trace of the suggestion", () => {
    expect(exportFragment(bolded, [], { typography: false })).toBe(
      "<p>Turnout was <strong>high</strong>.</p>",
    );
  });

  it("says what changed and who suggested it, when a draft asks", () => {
    expect(exportFragment(bolded, [], { typography: false, showSuggestions: true })).toBe(
      '<p>Turnout was <span title="Bold, suggested by Ben Ode"><strong>high</strong></span>.</p>',
    );
  });
});

describe("a suggested paragraph break or join in an export", () => {
  const at = "2026-12-04T09:00:00.000Z";
  const split = {
    ...kitchenSink,
    body: body([
      paragraph("The council met."),
      {
        ...paragraph("It voted 7-2."),
        $: { suggestedBreak: { suggestionId: "b1", author: "Ana Ruiz", initials: "AR", at } },
      },
      paragraph("Then it rose."),
      {
        ...paragraph("Nobody objected."),
        $: { suggestedJoin: { suggestionId: "j1", author: "Ben Ode", initials: "BO", at } },
      },
    ]),
  } satisfies ExportArticle;

  it("reads as accepted by default: the break stands, the joined paragraphs run on", () => {
    expect(exportFragment(split, [], { typography: false })).toBe(
      "<p>The council met.</p>\n<p>It voted 7-2.</p>\n<p>Then it rose.Nobody objected.</p>",
    );
  });

  it("shows the break as an inserted pilcrow and the join as a deleted one, when a draft asks", () => {
    expect(exportFragment(split, [], { typography: false, showSuggestions: true })).toBe(
      "<p>The council met.</p>\n" +
        `<p><ins datetime="${at}" title="Paragraph break suggested by Ana Ruiz">¶</ins>It voted 7-2.</p>\n` +
        "<p>Then it rose.</p>\n" +
        `<p><del datetime="${at}" title="Paragraph join suggested by Ben Ode">¶</del>Nobody objected.</p>`,
    );
  });
});
