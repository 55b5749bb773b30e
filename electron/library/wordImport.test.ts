// Word files made in the test with the `docx` writer, imported through the real service
// (mammoth underneath): every structure a newsroom's Word files carry comes in.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
} from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type {
  ArticleBody,
  BlockNodeJSON,
  InlineNodeJSON,
  ListNodeJSON,
} from "../../shared/document/nodes.ts";
import { TEXT_FORMAT } from "../../shared/document/nodes.ts";
import { pendingSuggestions, resolveSuggestions } from "../../shared/document/suggestions.ts";
import { plainText } from "../../shared/document/text.ts";
import { openLibrary } from "./index.ts";
import { freshLibraryEachTest } from "./libraryFile.test-support.ts";

let library: ReturnType<typeof openLibrary>;
freshLibraryEachTest(openLibrary, (opened) => (library = opened));

const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const text = (nodes: (InlineNodeJSON | ListNodeJSON)[]): string =>
  nodes
    .map((n) =>
      n.type === "text" ? n.text : n.type === "linebreak" ? "\n" : n.type === "list" ? "" : text(n.children),
    )
    .join("");
const blockText = (b: BlockNodeJSON): string => ("children" in b ? text(b.children as InlineNodeJSON[]) : "");
const formatOf = (body: ArticleBody, words: string): number | undefined => {
  const walk = (nodes: unknown[]): number | undefined => {
    for (const n of nodes as (InlineNodeJSON | BlockNodeJSON)[]) {
      if (n.type === "text" && n.text.includes(words)) return n.format;
      if ("children" in n) {
        const found = walk(n.children as unknown[]);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(body.root.children);
};

/** Formats, a footnote, a link, a comment and tracked changes. */
function storyParagraphs(): Paragraph[] {
  return [
    new Paragraph({
      children: [
        new TextRun("The council voted "),
        new TextRun({ text: "seven to two", bold: true }),
        new TextRun(" on a plan it had "),
        new TextRun({ text: "twice rejected", italics: true }),
        new TextRun(", with "),
        new TextRun({ text: "no debate", underline: {} }),
        new TextRun(" and "),
        new TextRun({ text: "old figures", strike: true }),
        new TextRun(" struck out."),
        new FootnoteReferenceRun(1),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun("Read "),
        new ExternalHyperlink({
          link: "https://example.org/plan",
          children: [new TextRun("the plan")],
        }),
        new TextRun(" online. "),
        new CommentRangeStart(0),
        new TextRun("It costs 40 million."),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new InsertedTextRun({
          text: " Work starts in March.",
          id: 1,
          author: "Desk",
          date: "2026-01-01T00:00:00Z",
        }),
        new DeletedTextRun({
          text: " Work starts in May.",
          id: 2,
          author: "Desk",
          date: "2026-01-01T00:00:00Z",
        }),
      ],
    }),
  ];
}

/** A table, a text box, and a picture with its caption. */
function tableBoxAndPicture(): (Paragraph | Table | Textbox)[] {
  return [
    new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph("Ward")] }),
            new TableCell({ children: [new Paragraph("Votes")] }),
          ],
        }),
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph("North")] }),
            new TableCell({ children: [new Paragraph("1,204")] }),
          ],
        }),
      ],
    }),
    new Textbox({
      style: { width: "200pt", height: "50pt" },
      children: [new Paragraph("Box: the harbour in numbers")],
    }),
    new Paragraph({
      children: [
        new ImageRun({
          type: "png",
          data: PIXEL,
          transformation: { width: 100, height: 100 },
          altText: { name: "harbour", title: "Harbour", description: "The harbour at dawn" },
        }),
      ],
    }),
    new Paragraph({ style: "Caption", text: "The harbour at dawn. Photo: Port Authority" }),
  ];
}

async function newsroomDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: {
      paragraphStyles: [{ id: "Subtitle", name: "Subtitle", basedOn: "Normal", run: { italics: true } }],
    },
    numbering: {
      config: [
        {
          reference: "steps",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    comments: {
      children: [
        { id: 0, author: "Desk", date: new Date(0), children: [new Paragraph("Check this figure")] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph("Figures from the port authority.")] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: "Harbour plan approved after late vote" }),
          new Paragraph({ style: "Subtitle", text: "Dredging starts in spring" }),
          ...storyParagraphs(),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: "What changes" }),
          new Paragraph({ text: "Deeper berths", bullet: { level: 0 } }),
          new Paragraph({ text: "For container ships", bullet: { level: 1 } }),
          new Paragraph({ text: "A new quay", bullet: { level: 0 } }),
          new Paragraph({ text: "Survey the seabed", numbering: { reference: "steps", level: 0 } }),
          new Paragraph({ text: "Dredge the channel", numbering: { reference: "steps", level: 0 } }),
          ...tableBoxAndPicture(),
          new Paragraph("The last paragraph."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe("importing a Word file", () => {
  it("reads every structure: headline, dek, formats, links, lists, notes, table, text box, picture", async () => {
    const data = (await newsroomDocx()).toString("base64");
    const { article, notes } = await library.service["articles.importFile"]({
      fileName: "harbour.docx",
      data,
    });
    expect(article.headline).toBe("Harbour plan approved after late vote");
    expect(article.dek).toBe("Dredging starts in spring");
    const blocks = article.body.root.children;
    const texts = blocks.map(blockText);
    expect(texts[0]).toBe(
      "The council voted seven to two on a plan it had twice rejected, with no debate and old figures struck out.[1]",
    );
    expect(texts).not.toContain("Harbour plan approved after late vote"); // the headline is not repeated
    expect(formatOf(article.body, "seven to two")).toBe(TEXT_FORMAT.bold);
    expect(formatOf(article.body, "twice rejected")).toBe(TEXT_FORMAT.italic);
    expect(formatOf(article.body, "no debate")).toBe(TEXT_FORMAT.underline);
    expect(formatOf(article.body, "old figures")).toBe(TEXT_FORMAT.strikethrough);
    const second = blocks[1];
    // Tracked changes are suggestions by their Word author: the insertion, then the deletion.
    expect(blockText(second)).toBe(
      "Read the plan online. It costs 40 million. Work starts in March. Work starts in May.",
    );
    expect(pendingSuggestions(article.body)).toMatchObject([
      {
        kind: "insert",
        author: "Desk",
        initials: "D",
        at: "2026-01-01T00:00:00.000Z",
        text: " Work starts in March.",
      },
      { kind: "delete", author: "Desk", text: " Work starts in May." },
    ]);
    expect(plainText(article.body)).toContain("It costs 40 million. Work starts in March.");
    expect(JSON.stringify(second)).toContain('"url":"https://example.org/plan"');
    expect(blocks[2]).toMatchObject({ type: "heading", tag: "h2" });
    const [bullets, steps] = blocks.filter((b): b is ListNodeJSON => b.type === "list");
    expect(bullets.listType).toBe("bullet");
    expect(JSON.stringify(bullets)).toMatch(/Deeper berths.*"type":"list".*For container ships.*A new quay/);
    expect(steps.listType).toBe("number");
    expect(steps.children.map((i) => text(i.children))).toEqual(["Survey the seabed", "Dredge the channel"]);
    expect(texts).toContain("Ward | Votes");
    expect(texts).toContain("North | 1,204");
    expect(texts).toContain("Box: the harbour in numbers");
    const figure = blocks.find((b) => b.type === "figure");
    expect(figure).toMatchObject({
      alt: "The harbour at dawn",
      caption: "The harbour at dawn. Photo: Port Authority",
    });
    expect(figure).toMatchObject({ src: "", image: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The notes come last, numbered, after a "Notes" heading.
    const notesAt = texts.indexOf("Notes");
    expect(blocks[notesAt]).toMatchObject({ type: "heading" });
    expect(blocks[notesAt - 1] && blockText(blocks[notesAt - 1])).toBe("The last paragraph.");
    const noteList = blocks[notesAt + 1] as ListNodeJSON;
    expect(noteList).toMatchObject({ type: "list", listType: "number" });
    expect(noteList.children.map((i) => text(i.children).trim())).toEqual([
      "Figures from the port authority.",
    ]);
    expect(notes.join(" ")).toMatch(/1 Word comment came in as comments/);
    expect(notes.join(" ")).toMatch(/Tracked changes came in as suggested edits \(1 insertion, 1 deletion\)/);
  });

  it("skips the same Word file imported twice", async () => {
    const data = (await newsroomDocx()).toString("base64");
    await library.service["articles.importFile"]({ fileName: "harbour.docx", data });
    await expect(library.service["articles.importFile"]({ fileName: "copy.docx", data })).rejects.toThrow(
      /copy\.docx was imported before, on .* from harbour\.docx/,
    );
  });
});

/** A paragraph a reviewer formatted with tracking on: bold put on, italic taken off, two at once, a size. */
function reviewedDoc(): Document {
  const by = { author: "Ana Ruiz", date: "2026-02-03T10:00:00Z" };
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun("The council voted "),
              new TextRun({ text: "seven to two", bold: true, revision: { id: 1, ...by } }),
              new TextRun(" and "),
              new TextRun({ text: "quietly", revision: { id: 2, italics: true, ...by } }),
              new TextRun(" moved on, "),
              new TextRun({
                text: "with no debate",
                bold: true,
                underline: {},
                revision: { id: 3, ...by },
              }),
              new TextRun("; "),
              new TextRun({ text: "at length", size: 28, revision: { id: 4, ...by } }),
              new TextRun("."),
            ],
          }),
        ],
      },
    ],
  });
}

describe("importing a Word file's tracked formatting", () => {
  it("brings a reviewer's tracked formatting in as formatting suggestions, by author and date", async () => {
    const { article, notes } = await library.service["articles.importFile"]({
      fileName: "vote.docx",
      data: (await Packer.toBuffer(reviewedDoc())).toString("base64"),
    });
    const who = { author: "Ana Ruiz", initials: "AR", at: "2026-02-03T10:00:00.000Z" };
    // The Changes list: one per changed format; a change of size alone is no suggestion.
    expect(pendingSuggestions(article.body)).toMatchObject([
      { kind: "format", formatting: { format: "bold", on: true }, ...who, text: "seven to two" },
      { kind: "format", formatting: { format: "italic", on: false }, ...who, text: "quietly" },
      { kind: "format", formatting: { format: "bold", on: true }, ...who, text: "with no debate" },
      { kind: "format", formatting: { format: "underline", on: true }, ...who, text: "with no debate" },
    ]);
    // The words show the formatting as the reviewer left it; rejecting puts it back.
    expect(plainText(article.body)).toBe(
      "The council voted seven to two and quietly moved on, with no debate; at length.",
    );
    expect(formatOf(article.body, "seven to two")).toBe(TEXT_FORMAT.bold);
    expect(formatOf(article.body, "quietly")).toBe(0);
    expect(formatOf(article.body, "with no debate")).toBe(TEXT_FORMAT.bold | TEXT_FORMAT.underline);
    const rejected = resolveSuggestions(article.body, () => "reject");
    expect(formatOf(rejected, "seven to two")).toBe(0);
    expect(formatOf(rejected, "quietly")).toBe(TEXT_FORMAT.italic);
    expect(formatOf(rejected, "with no debate")).toBe(0);
    expect(JSON.stringify(article.body)).not.toMatch(/[\uF8F0-\uF8F5]/);
    expect(notes.join(" ")).toMatch(/Tracked changes came in as suggested edits \(3 formatting changes\)/);
    expect(notes.join(" ")).toMatch(/1 tracked change of font, size or colour came in as made/);
  });
});

/**
 * A file whose reviewer split one paragraph and joined two (Word records both on the paragraph
 * mark: w:ins or w:del in the paragraph's w:pPr/w:rPr). The docx writer makes the paragraphs; the
 * marks are written into its document.xml as Word writes them.
 */
async function splitAndJoinedDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Council vote", heading: HeadingLevel.TITLE }),
          new Paragraph("The council met on Monday."),
          new Paragraph("It voted seven to two."),
          new Paragraph("The mayor left early."),
        ],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  let xml = await zip.file("word/document.xml")!.async("string");
  const mark = (words: string, change: "ins" | "del", author: string) => {
    const at = xml.indexOf(words);
    const open = xml.lastIndexOf("<w:p>", at);
    expect(open).toBeGreaterThan(0);
    const rPr = `<w:rPr><w:${change} w:id="9${words.length}" w:author="${author}" w:date="2026-02-03T10:00:00Z"/></w:rPr>`;
    xml = `${xml.slice(0, open)}<w:p><w:pPr>${rPr}</w:pPr>${xml.slice(open + "<w:p>".length)}`;
  };
  mark("The council met on Monday.", "ins", "Ana Ruiz");
  mark("It voted seven to two.", "del", "Ben Ode");
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("importing a Word file's tracked paragraph marks", () => {
  it("brings a split in as a suggested break and a join as a suggested join, by author and date", async () => {
    const { article, notes } = await library.service["articles.importFile"]({
      fileName: "split.docx",
      data: (await splitAndJoinedDocx()).toString("base64"),
    });
    const at = "2026-02-03T10:00:00.000Z";
    expect(pendingSuggestions(article.body)).toMatchObject([
      { kind: "break", author: "Ana Ruiz", initials: "AR", at },
      { kind: "join", author: "Ben Ode", initials: "BO", at },
    ]);
    // The text reads with both accepted: the split stands, the joined paragraphs run on.
    expect(article.body.root.children.map(blockText)).toEqual([
      "The council met on Monday.",
      "It voted seven to two.",
      "The mayor left early.",
    ]);
    const rejected = resolveSuggestions(article.body, () => "reject");
    expect(rejected.root.children.map(blockText)).toEqual([
      "The council met on Monday.It voted seven to two.",
      "The mayor left early.",
    ]);
    const accepted = resolveSuggestions(article.body, () => "accept");
    expect(accepted.root.children.map(blockText)).toEqual([
      "The council met on Monday.",
      "It voted seven to two.The mayor left early.",
    ]);
    expect(JSON.stringify(article.body)).not.toMatch(/[\uF8F0-\uF8F5]/);
    expect(notes.join(" ")).toMatch(/suggested edits \(1 paragraph break, 1 paragraph join\)/);
  });
});
