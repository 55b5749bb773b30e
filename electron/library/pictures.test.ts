// Pictures kept in the library: a Word file's photos, a page's or a Markdown file's inline
// pictures, and pictures the editor adds are kept once each in the real library file.
import Database from "better-sqlite3";
import { Document, ImageRun, Packer, Paragraph } from "docx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FigureNodeJSON } from "../../shared/document/nodes.ts";
import { figuresOf } from "../../shared/document/pictures.ts";
import { openLibrary } from "./index.ts";
import { migration041 } from "./migrations/041-pictures-out-of-bodies.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";
import { makePng } from "./pictures.test-support.ts";

let library: ReturnType<typeof openLibrary>;
let path: string;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempLibraryPath();
  ({ path, cleanup } = temp);
  library = openLibrary(path);
});
afterEach(() => {
  library.close();
  cleanup();
});

const PHOTO = makePng(400, 300); // about 360 KB: more than a figure's address may hold inline

function keptPictures(): { hash: string; width: number; height: number; size: number }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT hash, width, height, length(bytes) AS size FROM pictures").all() as never;
  } finally {
    db.close();
  }
}

const photoParagraph = (description: string) =>
  new Paragraph({
    children: [
      new ImageRun({
        type: "png",
        data: PHOTO,
        transformation: { width: 400, height: 300 },
        altText: { name: "photo", title: "Photo", description },
      }),
    ],
  });

async function wordFile(headline: string, pictures: string[]): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ style: "Title", text: headline }),
          new Paragraph("The ferry ran aground on Tuesday."),
          ...pictures.flatMap((alt) => [
            photoParagraph(alt),
            new Paragraph({ style: "Caption", text: `${alt}. Photo: Coastguard` }),
          ]),
        ],
      },
    ],
  });
  return (await Packer.toBuffer(doc)).toString("base64");
}

describe("pictures in the library", () => {
  it(
    "keeps a Word file's photo once, however many figures and files show it",
    { timeout: 30_000 },
    async () => {
      const first = await library.service["articles.importFile"]({
        fileName: "ferry.docx",
        data: await wordFile("Ferry aground off the point", [
          "The ferry at low tide",
          "The hull from the air",
        ]),
      });
      const second = await library.service["articles.importFile"]({
        fileName: "ferry-2.docx",
        data: await wordFile("Ferry refloated", ["The ferry refloated"]),
      });
      const figures = [...figuresOf(first.article.body), ...figuresOf(second.article.body)];
      expect(figures.map((f) => f.alt)).toEqual([
        "The ferry at low tide",
        "The hull from the air",
        "The ferry refloated",
      ]);
      expect(figures[0].caption).toBe("The ferry at low tide. Photo: Coastguard");
      const kept = keptPictures();
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ width: 400, height: 300, size: PHOTO.length });
      for (const figure of figures)
        expect(figure).toMatchObject({ src: "", image: kept[0].hash, width: 400, height: 300 });
      // The body holds the name, not the bytes.
      expect(JSON.stringify(first.article.body).length).toBeLessThan(10_000);
    },
  );
});

describe("pictures the editor adds", () => {
  it("gives a kept picture back, the same bytes under the same name", async () => {
    const data = PHOTO.toString("base64");
    const added = library.service["pictures.add"]({ data, fileName: "ferry.png" });
    expect(added).toMatchObject({ mime: "image/png", width: 400, height: 300 });
    expect(library.service["pictures.add"]({ data }).hash).toBe(added.hash);
    const got = library.service["pictures.get"]({ hash: added.hash });
    expect(Buffer.from(got.data, "base64").equals(PHOTO)).toBe(true);
    expect(keptPictures()).toHaveLength(1);
  });

  it("refuses what is not a picture it keeps, by name, with the reason", () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"/>',
    ).toString("base64");
    expect(() => library.service["pictures.add"]({ data: svg, fileName: "logo.svg" })).toThrow(
      /logo\.svg was not kept: SVG is not a picture type the library keeps/,
    );
    const text = Buffer.from("The ferry ran aground.").toString("base64");
    expect(() => library.service["pictures.add"]({ data: text, fileName: "notes.txt" })).toThrow(
      /notes\.txt was not kept: it is not a picture/,
    );
    expect(() => library.service["pictures.get"]({ hash: "0".repeat(64) })).toThrow(/not in the library/);
    expect(keptPictures()).toHaveLength(0);
  });
});

describe("inline pictures in text files", () => {
  it("keeps the inline pictures of a Markdown file and a saved page", async () => {
    const inline = `data:image/png;base64,${makePng(20, 10, [200, 30, 30]).toString("base64")}`;
    const markdown = `---\ntitle: Red flag on the beach\n---\n\nSwimmers were told to stay out.\n\n![A red flag](${inline})\n`;
    const md = await library.service["articles.importFile"]({
      fileName: "flag.md",
      data: Buffer.from(markdown).toString("base64"),
    });
    const page = `<!doctype html><html><head><title>Flag</title></head><body><article><h1>Red flag on the beach</h1>
      <p>Swimmers were told to stay out of the water on Sunday after two rescues near the pier.</p>
      <figure><img src="${inline}" alt="A red flag"><figcaption>The flag at noon.</figcaption></figure>
      <p>The lifeguards said the flag would stay up until the wind dropped later in the week.</p></article></body></html>`;
    const html = await library.service["articles.importFile"]({
      fileName: "flag.html",
      data: Buffer.from(page).toString("base64"),
    });
    const [fromMd] = figuresOf(md.article.body);
    const [fromPage] = figuresOf(html.article.body);
    expect(fromMd).toMatchObject<Partial<FigureNodeJSON>>({
      alt: "A red flag",
      src: "",
      width: 20,
      height: 10,
    });
    expect(fromPage).toMatchObject({ image: fromMd.image, alt: "A red flag" });
    expect(keptPictures()).toHaveLength(1);
  });
});

describe("a library from before pictures were kept", () => {
  it("moves each inline picture out of the stored bodies (migration 041)", () => {
    const inline = `data:image/png;base64,${makePng(30, 20, [10, 120, 200]).toString("base64")}`;
    const figure = {
      type: "figure",
      version: 1,
      src: inline,
      alt: "A buoy",
      caption: "",
      credit: "",
    } as const;
    const text = { type: "text", version: 1, text: "The buoy drifted.", format: 0 } as const;
    const created = library.service["articles.create"]({
      headline: "Buoy adrift",
      body: {
        root: {
          type: "root",
          version: 1,
          children: [{ type: "paragraph", version: 1, children: [text] }, figure],
        },
      },
    });
    expect(JSON.stringify(created.body)).toContain("data:image/png");
    library.close();
    // As a library stood before 041 (the body holds its picture, the table none), then 041 on it.
    const db = new Database(path);
    db.exec("DELETE FROM pictures");
    db.transaction(() => migration041.up(db))();
    db.close();
    library = openLibrary(path);
    const article = library.service["articles.get"]({ id: created.id });
    const [moved] = figuresOf(article.body);
    expect(moved).toMatchObject({ src: "", alt: "A buoy", width: 30, height: 20 });
    expect(keptPictures()).toEqual([expect.objectContaining({ hash: moved.image, width: 30, height: 20 })]);
    expect(article.updatedAt).toBe(created.updatedAt);
  });
});
