// Word comments come in as comment threads on import: each on the words its range covered (across
// paragraphs too), with the Word author's name, initials and date; the file's text is unchanged.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commentAnchors } from "../../shared/document/commentMarks.ts";
import { plainText } from "../../shared/document/text.ts";
import { openLibrary } from "./index.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";

let library: ReturnType<typeof openLibrary>;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempLibraryPath();
  cleanup = temp.cleanup;
  library = openLibrary(temp.path);
});
afterEach(() => {
  library.close();
  cleanup();
});

async function commentedDocx(): Promise<string> {
  const doc = new Document({
    comments: {
      children: [
        {
          id: 0,
          author: "Maria Ortiz",
          initials: "MO",
          date: new Date("2026-11-30T09:15:00Z"),
          children: [new Paragraph("Check this figure")],
        },
        {
          id: 1,
          author: "Desk",
          date: new Date("2026-12-01T17:40:00Z"),
          children: [new Paragraph("Source?"), new Paragraph("Ask the port.")],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun("The plan "),
              new CommentRangeStart(0),
              new TextRun("costs "),
              new TextRun({ text: "40 million", bold: true }),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun(" over "),
              new CommentRangeStart(1),
              new TextRun("ten years."),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun("Work starts"),
              new CommentRangeEnd(1),
              new TextRun({ children: [new CommentReference(1)] }),
              new TextRun(" in March."),
            ],
          }),
        ],
      },
    ],
  });
  return (await Packer.toBuffer(doc)).toString("base64");
}

describe("Word comments on import", () => {
  it("become threads on the words they were made on, with their authors", async () => {
    const { article, notes } = await library.service["articles.importFile"]({
      fileName: "plan.docx",
      data: await commentedDocx(),
    });
    expect(plainText(article.body)).toBe(
      "The plan costs 40 million over ten years.\n\nWork starts in March.",
    );
    expect(notes.join(" ")).toMatch(/2 Word comments came in as comments/);
    const threads = library.service["comments.list"]({ articleId: article.id });
    expect(
      threads.map((t) => ({
        quote: t.quote,
        detached: t.detached,
        comments: t.comments.map((c) => `${c.author} (${c.initials}): ${c.text}`),
      })),
    ).toEqual([
      { quote: "costs 40 million", detached: false, comments: ["Maria Ortiz (MO): Check this figure"] },
      { quote: "ten years. Work starts", detached: false, comments: ["Desk (D): Source?\nAsk the port."] },
    ]);
    // When each was written in Word, not when the file came in.
    expect(threads.map((t) => t.comments[0]!.at)).toEqual([
      "2026-11-30T09:15:00.000Z",
      "2026-12-01T17:40:00.000Z",
    ]);
    expect(commentAnchors(article.body).map((a) => a.text)).toEqual([
      "costs 40 million",
      "ten years. Work starts",
    ]);
  });
});
