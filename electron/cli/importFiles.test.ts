// Files as other tools save them, through the real `copydesk import`: "Unicode" text from
// Windows (UTF-16 with a byte-order mark), UTF-8 with a BOM, Windows-1252 with curly quotes,
// a Word file in the strict OOXML format with its byline and dateline, and a whole folder.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
let dir: string;
let library: string;

function copydesk(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(root, "electron/cli/copydesk.js"), ...args, "--library", library],
    { cwd: root, encoding: "utf8" },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-cli-encodings-"));
  library = join(dir, "library.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const STORY = "Café owners “furious” at rates\n\nThe café’s owner said: “We can’t go on — not like this.”\n";

function utf16be(text: string): Buffer {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/** The Windows-1252 bytes of the story (its curly quotes and dash are single bytes 0x91-0x97). */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ "“": 0x93, "”": 0x94, "’": 0x92, "—": 0x97 })[c] ?? c.charCodeAt(0)));

type Imported = { results: { file: string; imported?: { id: string; headline: string } }[] };

const bodyOf = (id: string) => copydesk("export", id, "--format", "fragment").stdout;

describe("copydesk import reads each file's encoding", () => {
  it("UTF-16 (both byte orders), UTF-8 with a BOM and Windows-1252 come in as written", () => {
    const files: Record<string, Buffer> = {
      "utf16le.txt": Buffer.from(`\ufeff${STORY}`, "utf16le"),
      "utf16be.txt": utf16be(STORY),
      "bom.txt": Buffer.from(`\ufeff${STORY}`, "utf8"),
      "cp1252.txt": windows1252(STORY),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    // Each is the same story: imported as another copy, not skipped as a duplicate.
    const names = Object.keys(files);
    const run = copydesk("import", ...names.map((n) => join(dir, n)), "--json", "--allow-duplicate");
    expect(run.code, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as Imported;
    results.forEach((result, i) => {
      expect(result.imported?.headline, names[i]).toBe("Café owners “furious” at rates");
      // The export sets its own typography; the words and the accents are what matter.
      expect(bodyOf(result.imported!.id), names[i]).toMatch(/The café’s owner said: “We can’t go on/);
    });
  }, 60_000);
});

/** A Word file rewritten into strict OOXML: the same parts under the purl.oclc.org namespaces. */
async function strictWordFile(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ style: "Title", text: "Storm closes the coast road" }),
          new Paragraph("By Ana Ruiz"),
          new Paragraph(
            "GALWAY, Jan 4 (Reuters) - The coast road was closed on Sunday after waves breached the wall.",
          ),
          new Paragraph("Crews will inspect it at low tide."),
        ],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    const strict = xml
      .replace(
        /http:\/\/schemas\.openxmlformats\.org\/(wordprocessingml|drawingml)\/2006\/(\w+)/g,
        "http://purl.oclc.org/ooxml/$1/$2",
      )
      .replace(
        /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
      )
      .replace("<w:document ", '<w:document w:conformance="strict" ');
    zip.file(name, strict);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("copydesk import of a strict OOXML Word file", () => {
  it("reads it whole, its By line and dateline into their fields", async () => {
    const bytes = await strictWordFile();
    expect(bytes.toString("latin1")).not.toContain("schemas.openxmlformats.org/wordprocessingml");
    writeFileSync(join(dir, "storm.docx"), bytes);
    const run = copydesk("import", join(dir, "storm.docx"), "--json");
    expect(run.code, run.stderr).toBe(0);
    const [result] = (JSON.parse(run.stdout) as Imported).results;
    expect(result.imported?.headline).toBe("Storm closes the coast road");
    const article = JSON.parse(copydesk("export", result.imported!.id, "--format", "ninjs").stdout) as {
      byline: string;
      body_html: string;
    };
    expect(article.byline).toBe("Ana Ruiz");
    expect(article.body_html).toMatch(/^<p>The coast road was closed on Sunday/);
    expect(article.body_html).toContain("Crews will inspect it at low tide.");
  }, 30_000);
});

describe("copydesk import of a folder", () => {
  it("imports the story files in it and its subfolders, and leaves the rest", () => {
    const folder = join(dir, "desk");
    mkdirSync(join(folder, "monday"), { recursive: true });
    writeFileSync(join(folder, "ferry.txt"), "Ferry strike ends\n\nCrews returned on Monday.\n");
    writeFileSync(
      join(folder, "monday", "storm.md"),
      "# Storm closes the coast road\n\nWaves breached the wall.\n",
    );
    writeFileSync(join(folder, "monday", "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(join(folder, ".notes.txt"), "not a story");
    const run = copydesk("import", folder, "--json");
    expect(run.code, run.stderr).toBe(0);
    const { results } = JSON.parse(run.stdout) as Imported;
    expect(results.map((r) => r.imported?.headline)).toEqual([
      "Ferry strike ends",
      "Storm closes the coast road",
    ]);
  }, 30_000);
});
