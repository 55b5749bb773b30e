// Import… as an editor meets it: a batch with pictures and PDFs in it imports the stories and
// names each refused file with what it seems to be; the same file again is skipped unless asked.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { expect, test } from "./fixtures.ts";

const FERRY = {
  name: "ferry.txt",
  mimeType: "text/plain",
  buffer: Buffer.from("Ferry strike ends\n\nCrews returned on Monday.\n"),
};
const PHOTO = {
  name: "harbour.png",
  mimeType: "image/png",
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
};
const PDF = {
  name: "minutes.txt", // a wrong name does not fool the sniffing
  mimeType: "text/plain",
  buffer: Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"),
};

test("a batch imports its stories, names each refused file, and skips a file imported before", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  const articles = page.getByRole("list", { name: "Articles" });
  await page.getByLabel("Import files").setInputFiles([PHOTO, FERRY, PDF]);
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue("Ferry strike ends");
  const report = page.getByRole("region", { name: "Import report" });
  await expect(report).toContainText("1 imported, 2 not imported");
  await expect(report).toContainText("harbour.png was not imported: it seems to be a PNG image");
  await expect(report).toContainText("minutes.txt was not imported: it seems to be a PDF document");
  await expect(articles.getByRole("listitem")).toHaveCount(1);

  await page.getByLabel("Import files").setInputFiles([FERRY]);
  await expect(report).toContainText(/ferry\.txt was imported before, .* as "Ferry strike ends"/);
  await expect(articles.getByRole("listitem")).toHaveCount(1);
  await report.getByRole("button", { name: "Import it anyway" }).click();
  await expect(articles.getByRole("listitem")).toHaveCount(2);
  await expect(report).toHaveCount(0);
  const listed = JSON.parse((await cli("list", "--json")).stdout) as { articles: { headline: string }[] };
  expect(listed.articles.map((a) => a.headline)).toEqual(["Ferry strike ends", "Ferry strike ends"]);
});

test("Import… reads a Word file, and its comment comes in as a comment on its words", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  const doc = new Document({
    comments: {
      children: [{ id: 0, author: "Desk", date: new Date(0), children: [new Paragraph("Source?")] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: "Bridge opens two years late" }),
          new Paragraph({
            children: [
              new TextRun("The bridge opened on "),
              new CommentRangeStart(0),
              new TextRun({ text: "Monday", bold: true }),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun("."),
            ],
          }),
        ],
      },
    ],
  });
  await page.getByLabel("Import files").setInputFiles([
    {
      name: "bridge.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await Packer.toBuffer(doc),
    },
  ]);
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue("Bridge opens two years late");
  await expect(page.getByRole("textbox", { name: "Story body" })).toHaveText("The bridge opened on Monday.");
  await expect(page.getByRole("textbox", { name: "Story body" }).locator("strong")).toHaveText("Monday");
  await expect(page.getByRole("region", { name: "Import report" })).toContainText(
    "bridge.docx: 1 Word comment came in as comments",
  );
  await expect(page.getByRole("textbox", { name: "Story body" }).locator("mark")).toHaveText("Monday");
  await page.getByRole("tab", { name: /Comments/ }).click();
  await expect(page.getByRole("tabpanel")).toContainText("Source?");
});

test("a Word file's tracked formatting comes in as a formatting suggestion, listed and rejected", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  const by = { author: "Ana Ruiz", date: "2026-02-03T10:00:00Z" };
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: "Tram vote held" }),
          new Paragraph({
            children: [
              new TextRun("The council voted "),
              new TextRun({ text: "seven to two", bold: true, revision: { id: 1, ...by } }),
              new TextRun("."),
            ],
          }),
        ],
      },
    ],
  });
  await page.getByLabel("Import files").setInputFiles([
    {
      name: "tram.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await Packer.toBuffer(doc),
    },
  ]);
  const story = page.getByRole("textbox", { name: "Story body" });
  await expect(story.locator(".ed-suggest-format strong")).toHaveText("seven to two");
  await expect(page.getByRole("region", { name: "Import report" })).toContainText(
    "tram.docx: Tracked changes came in as suggested edits (1 formatting change)",
  );
  await page.getByRole("tab", { name: "Changes" }).click();
  const item = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: "seven to two" });
  await expect(item).toContainText("Formatting: bold by Ana Ruiz");
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(story.locator("strong")).toHaveCount(0);
  await expect(story).toHaveText("The council voted seven to two.");
});
