// Pictures in imported Word files: what a story's body and the library weigh when a photo is
// kept once in the library (issue 16) rather than inline in every body. Run:
//   node electron/bench/pictures.ts [--picture FILE.jpg|png] [--stories N]
// Without --picture it uses a generated 800 x 533 PNG of random pixels (as incompressible as
// a photo). Each story is a Word file made with the `docx` writer holding the one photo.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { Document, ImageRun, Packer, Paragraph } from "docx";
import { imageSize } from "image-size";
import { parseTree } from "../../shared/import/html/dom.ts";
import { readWordHtml } from "../../shared/import/word/readWordHtml.ts";
import { parseHtml } from "../library/import/parseHtml.ts";
import { convertWordFile } from "../library/import/wordFile.ts";
import { openLibrary } from "../library/index.ts";
import { makePng } from "../library/pictures.test-support.ts";

const { values } = parseArgs({
  options: { picture: { type: "string" }, stories: { type: "string", default: "10" } },
});
const photo = values.picture ? readFileSync(values.picture) : makePng(800, 533);
const size = imageSize(photo);
const stories = Number(values.stories);

async function wordFile(i: number): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ style: "Title", text: `Story ${i} with the desk's photo` }),
          new Paragraph("The board was tested on Tuesday, the lab said."),
          new Paragraph({
            children: [
              new ImageRun({
                type: size.type === "png" ? "png" : "jpg",
                data: photo,
                transformation: { width: 400, height: Math.round((400 * size.height) / size.width) },
                altText: { name: "photo", title: "Photo", description: "The test board" },
              }),
            ],
          }),
          new Paragraph({ style: "Caption", text: "The board on the bench. Photo: Lab" }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-pictures-"));
try {
  const path = join(dir, "library.db");
  const library = openLibrary(path);
  const docx = await wordFile(0);
  // What the body held before: the picture inline, as mammoth hands it over.
  const inline = readWordHtml(parseTree((await convertWordFile(docx)).html, parseHtml)).body;
  let stored = 0;
  for (let i = 0; i < stories; i++) {
    const data = (await wordFile(i)).toString("base64");
    const { article } = await library.service["articles.importFile"]({ fileName: `story-${i}.docx`, data });
    stored = JSON.stringify(article.body).length;
  }
  library.close();
  const mb = (n: number) => `${(n / 1_000_000).toFixed(2)} MB`;
  const lines = [
    `picture: ${values.picture ? basename(values.picture) : "generated PNG"}, ${size.type} ${size.width} x ${size.height}, ${mb(photo.length)}`,
    `Word file: ${mb(docx.length)}`,
    `body with the picture inline (before): ${mb(JSON.stringify(inline).length)} (the contract refuses a figure address over 100,000 characters)`,
    `body with the picture kept in the library: ${JSON.stringify(stored)} characters`,
    `library after ${stories} stories with the same photo: ${mb(statSync(path).size)} (the photo kept once)`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
