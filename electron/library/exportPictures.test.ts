// A story's pictures in its exports, from a real library: inline in a page shown or saved
// alone, as files in images/ beside a page written into a folder, and as ninjs associations.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { body, paragraph } from "../../shared/document/build.ts";
import type { FigureNodeJSON } from "../../shared/document/nodes.ts";
import { exportRoot } from "./exportFolders.ts";
import { openLibrary } from "./index.ts";
import { tempLibraryPath } from "./libraryFile.test-support.ts";
import { makePng } from "./pictures.test-support.ts";

let library: ReturnType<typeof openLibrary>;
let root: string;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempLibraryPath();
  root = mkdtempSync(join(tmpdir(), "copydesk-export-pictures-"));
  cleanup = () => {
    temp.cleanup();
    rmSync(root, { recursive: true, force: true });
  };
  library = openLibrary(temp.path, { exportFolders: exportRoot(root) });
});
afterEach(() => {
  library.close();
  cleanup();
});

const PHOTO = makePng(64, 48);

function storyWithPhoto(headline: string): string {
  const { hash } = library.service["pictures.add"]({ data: PHOTO.toString("base64") });
  const figure: FigureNodeJSON = {
    type: "figure",
    version: 1,
    src: "",
    image: hash,
    alt: "Lifeboat crew on the slipway",
    caption: "The crew launched at 6am.",
    credit: "Jane Doe/RNLI",
  };
  const article = library.service["articles.create"]({
    headline,
    body: body([paragraph("The lifeboat was called out twice."), figure]),
  });
  return article.id;
}

describe("pictures in exports", () => {
  it("a page saved alone carries its picture inline, with its size", () => {
    const id = storyWithPhoto("Lifeboat called out twice");
    const page = library.service["export.render"]({ articleId: id, format: "html" }).content;
    const img =
      /<img src="data:image\/png;base64,([^"]+)" alt="Lifeboat crew on the slipway" width="64" height="48">/.exec(
        page,
      );
    expect(img).not.toBeNull();
    expect(Buffer.from(img![1], "base64").equals(PHOTO)).toBe(true);
    expect(page).toContain('<small class="credit">Jane Doe/RNLI</small>');
  });

  it("a page written into a folder points at images/, each picture written once", async () => {
    const first = storyWithPhoto("Lifeboat called out twice");
    const second = storyWithPhoto("Lifeboat crew honoured");
    for (const articleId of [first, second])
      await library.service["export.toFolder"]({ articleId, format: "html", folder: root });
    const images = readdirSync(join(root, "images"));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^[0-9a-f]{16}\.png$/);
    expect(readFileSync(join(root, "images", images[0])).equals(PHOTO)).toBe(true);
    const page = readFileSync(
      join(
        root,
        readdirSync(root).find((f) => f.endsWith(".html"))!,
      ),
      "utf8",
    );
    expect(page).toContain(
      `<img src="images/${images[0]}" alt="Lifeboat crew on the slipway" width="64" height="48">`,
    );
  });

  it("a page written into a folder carries its picture inline when asked", async () => {
    const id = storyWithPhoto("Lifeboat called out twice");
    const { path } = await library.service["export.toFolder"]({
      articleId: id,
      format: "html",
      folder: root,
      inlinePictures: true,
    });
    expect(readFileSync(path, "utf8")).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Lifeboat crew/);
    expect(readdirSync(root)).not.toContain("images");
  });

  it("ninjs lists the picture as an association", () => {
    const id = storyWithPhoto("Lifeboat called out twice");
    const item = JSON.parse(library.service["export.render"]({ articleId: id, format: "ninjs" }).content) as {
      associations: Record<string, Record<string, unknown>>;
    };
    expect(item.associations.picture1).toMatchObject({
      uri: expect.stringMatching(/^urn:copydesk:picture:[0-9a-f]{64}$/),
      type: "picture",
      mimetype: "image/png",
      headline: "The crew launched at 6am.",
      description_text: "Lifeboat crew on the slipway",
      byline: "Jane Doe/RNLI",
      renditions: { original: { mimetype: "image/png", width: 64, height: 48 } },
    });
  });
});
