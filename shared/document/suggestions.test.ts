// The suggestion model as stored: what the story's text is while suggestions are pending, what
// the Changes list and the review read, and what accepting or rejecting leaves behind.
import { describe, expect, it } from "vitest";
import { body, formatSuggestion, paragraph, quotation, suggestion, textNode } from "./build.ts";
import { type ParagraphNodeJSON, TEXT_FORMAT, type TextNodeJSON } from "./nodes.ts";
import { articleBodySchema } from "./schema.ts";
import { taggedQuotes } from "./quotations.ts";
import { acceptAllSuggestions, pendingSuggestions, resolveSuggestions } from "./suggestions.ts";
import { bodyText, countWords, plainText } from "./text.ts";

const who = (id: string) => ({ id, author: "Ana Ruiz", initials: "AR", at: "2026-12-03T16:00:00.000Z" });

// "The mayor ~~quickly~~ left [the hall]." : one deletion and one insertion.
const story = body([
  paragraph([
    textNode("The mayor "),
    suggestion("suggestion-delete", "quickly ", who("d1")),
    textNode("left"),
    suggestion("suggestion-insert", " the hall", who("i1")),
    textNode("."),
  ]),
]);

describe("pending suggestions in the story's text", () => {
  it("reads as if accepted: an insertion's words are in, a deletion's words are out", () => {
    expect(plainText(story)).toBe("The mayor left the hall.");
    expect(countWords(plainText(story))).toBe(5);
  });

  it("places each part: a deletion is a point, an insertion spans its words", () => {
    expect(bodyText(story).suggestions).toEqual([
      { suggestionId: "d1", kind: "delete", start: 10, end: 10 },
      { suggestionId: "i1", kind: "insert", start: 14, end: 23 },
    ]);
  });

  it("lists each suggestion once with who, when and its words", () => {
    expect(pendingSuggestions(story)).toEqual([
      {
        id: "d1",
        kind: "delete",
        author: "Ana Ruiz",
        initials: "AR",
        at: "2026-12-03T16:00:00.000Z",
        text: "quickly ",
      },
      {
        id: "i1",
        kind: "insert",
        author: "Ana Ruiz",
        initials: "AR",
        at: "2026-12-03T16:00:00.000Z",
        text: " the hall",
      },
    ]);
  });
});

describe("accepting and rejecting", () => {
  it("accept keeps an insertion's words and drops a deletion's", () => {
    const accepted = acceptAllSuggestions(story);
    expect(plainText(accepted)).toBe("The mayor left the hall.");
    expect(pendingSuggestions(accepted)).toEqual([]);
  });

  it("reject drops an insertion's words and puts a deletion's back", () => {
    const rejected = resolveSuggestions(story, () => "reject");
    expect(plainText(rejected)).toBe("The mayor quickly left.");
    expect(pendingSuggestions(rejected)).toEqual([]);
  });

  it("a replacement is a deletion plus an insertion, decided one by one", () => {
    const replaced = body([
      paragraph([
        textNode("Turnout was "),
        suggestion("suggestion-delete", "low", who("d2")),
        suggestion("suggestion-insert", "high", who("i2")),
      ]),
    ]);
    expect(plainText(replaced)).toBe("Turnout was high");
    const keepOld = resolveSuggestions(replaced, (s) => (s.suggestionId === "d2" ? "reject" : "keep"));
    expect(plainText(keepOld)).toBe("Turnout was lowhigh");
    expect(pendingSuggestions(keepOld).map((s) => s.id)).toEqual(["i2"]);
    expect(plainText(resolveSuggestions(keepOld, () => "reject"))).toBe("Turnout was low");
  });

  it("decides a suggestion across paragraphs everywhere it has a part", () => {
    const across = body([
      paragraph([textNode("One "), suggestion("suggestion-delete", "two", who("d3"))]),
      paragraph([suggestion("suggestion-delete", "three", who("d3")), textNode(" four")]),
    ]);
    expect(plainText(across)).toBe("One \n\n four");
    expect(pendingSuggestions(across)).toHaveLength(1);
    expect(pendingSuggestions(across)[0].text).toBe("two three");
    expect(plainText(resolveSuggestions(across, () => "reject"))).toBe("One two\n\nthree four");
  });
});

describe("suggestions and tagged quotations", () => {
  // "We will ~~never~~ [always] win," she said: the quote is tagged while both are pending.
  const quoted = body([
    paragraph([
      textNode("“"),
      {
        ...quotation("", { quoteId: "q1", sourceId: "s1" }),
        children: [
          textNode("We will "),
          suggestion("suggestion-delete", "never", who("d4")),
          suggestion("suggestion-insert", "always", who("i4")),
          textNode(" win"),
        ],
      },
      textNode(",” she said."),
    ]),
  ]);

  it("keeps the quotation tagged, its words read as if accepted", () => {
    expect(taggedQuotes(quoted)).toMatchObject([
      { quoteId: "q1", sourceId: "s1", text: "We will always win" },
    ]);
  });

  it("leaves the quotation and its tag in place when the suggestions inside are decided", () => {
    const rejected = resolveSuggestions(quoted, () => "reject");
    expect(taggedQuotes(rejected)).toMatchObject([
      { quoteId: "q1", sourceId: "s1", text: "We will never win" },
    ]);
    expect(articleBodySchema.safeParse(rejected).success).toBe(true);
  });

  it("is a body the API accepts, and refuses a suggestion without its id", () => {
    expect(articleBodySchema.safeParse(quoted).success).toBe(true);
    const broken = JSON.parse(JSON.stringify(story));
    delete broken.root.children[0].children[1].suggestionId;
    const result = articleBodySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/suggested edit needs its id/);
  });
});

describe("a suggested formatting change as stored", () => {
  // "The mayor *left*": bold put on "left" (the words show it), a suggestion until decided.
  const bolded = body([
    paragraph([
      textNode("The mayor "),
      formatSuggestion("bold", true, [textNode("left", TEXT_FORMAT.bold)], who("f1")),
      textNode("."),
    ]),
  ]);

  it("keeps its words in the story's text and spans them", () => {
    expect(plainText(bolded)).toBe("The mayor left.");
    expect(bodyText(bolded).suggestions).toEqual([
      { suggestionId: "f1", kind: "format", start: 10, end: 14 },
    ]);
    expect(pendingSuggestions(bolded)).toMatchObject([
      { id: "f1", kind: "format", formatting: { format: "bold", on: true }, text: "left" },
    ]);
  });

  it("accepted keeps the words formatted; rejected puts their formatting back", () => {
    const decided = (verdict: "accept" | "reject") =>
      (resolveSuggestions(bolded, () => verdict).root.children[0] as ParagraphNodeJSON).children;
    expect(decided("accept")[1]).toMatchObject({ type: "text", text: "left", format: TEXT_FORMAT.bold });
    const rejected = decided("reject");
    expect(rejected[1]).toMatchObject({ type: "text", text: "left", format: 0 });
  });

  it("passes the schema only with a format the story knows and a direction", () => {
    expect(articleBodySchema.safeParse(bolded).success).toBe(true);
    const part = (bolded.root.children[0] as ParagraphNodeJSON).children[1];
    const broken = (change: object) => body([paragraph([{ ...part, ...change } as unknown as TextNodeJSON])]);
    expect(articleBodySchema.safeParse(broken({ suggestedFormat: "highlight" })).success).toBe(false);
    expect(articleBodySchema.safeParse(broken({ formatOn: "yes" })).success).toBe(false);
  });
});

describe("a suggested paragraph join as stored", () => {
  // "The council met.~~¶~~ / It voted 7-2.": Ana suggests the two paragraphs be one.
  const joinMeta = { suggestionId: "j1", author: "Ana Ruiz", initials: "AR", at: "2026-12-03T16:00:00.000Z" };
  const joined = body([
    paragraph("The council met."),
    { ...paragraph("It voted 7-2."), $: { suggestedJoin: joinMeta } },
    paragraph("The mayor left."),
  ]);

  it("reads as accepted: the two blocks' words run on; listed with who, placed at the break", () => {
    expect(plainText(joined)).toBe("The council met.It voted 7-2.\n\nThe mayor left.");
    expect(bodyText(joined).suggestions).toEqual([{ suggestionId: "j1", kind: "join", start: 16, end: 16 }]);
    expect(pendingSuggestions(joined)).toEqual([
      { id: "j1", kind: "join", author: "Ana Ruiz", initials: "AR", at: joinMeta.at, text: "¶" },
    ]);
    expect(articleBodySchema.safeParse(joined).success).toBe(true);
    expect(plainText(acceptAllSuggestions(joined))).toBe(plainText(joined));
  });

  it("accepted, joins the block to the one before; rejected, keeps both with the mark off", () => {
    const accepted = resolveSuggestions(joined, () => "accept");
    expect(accepted.root.children).toHaveLength(2);
    expect(plainText(accepted)).toBe("The council met.It voted 7-2.\n\nThe mayor left.");
    const rejected = resolveSuggestions(joined, () => "reject");
    expect(rejected.root.children).toHaveLength(3);
    expect(plainText(rejected)).toBe("The council met.\n\nIt voted 7-2.\n\nThe mayor left.");
    expect(pendingSuggestions(rejected)).toEqual([]);
    expect(articleBodySchema.safeParse(rejected).success).toBe(true);
  });

  it("joins nothing where there is nothing to join: the first block, a block after a figure", () => {
    const first = body([{ ...paragraph("It voted 7-2."), $: { suggestedJoin: joinMeta } }]);
    expect(plainText(first)).toBe("It voted 7-2.");
    expect(resolveSuggestions(first, () => "accept").root.children).toHaveLength(1);
    expect(pendingSuggestions(resolveSuggestions(first, () => "accept"))).toEqual([]);
    const figure = { type: "figure", version: 1, src: "", alt: "", caption: "", credit: "" } as const;
    const afterFigure = body([figure, { ...paragraph("It voted 7-2."), $: { suggestedJoin: joinMeta } }]);
    const accepted = resolveSuggestions(afterFigure, () => "accept");
    expect(accepted.root.children.map((b) => b.type)).toEqual(["figure", "paragraph"]);
    expect(pendingSuggestions(accepted)).toEqual([]);
  });

  it("refuses a join without its id", () => {
    const broken = body([paragraph("A."), { ...paragraph("B."), $: { suggestedJoin: { author: "Ana" } } }]);
    expect(articleBodySchema.safeParse(broken).success).toBe(false);
  });
});
