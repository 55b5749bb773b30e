// The real `copydesk import` command, run as a user would, against a temp library.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCopydesk } from "./copydesk.test-support.ts";

let dir: string;
let library: string;

const copydesk = (...args: string[]) => runCopydesk(library, ...args);

const headlines = () => {
  const listed = copydesk("list", "--json");
  return (JSON.parse(listed.stdout) as { articles: { headline: string }[] }).articles.map((a) => a.headline);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-cli-import-"));
  library = join(dir, "library.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("copydesk import", () => {
  it("refuses binary files by name, imports the rest of the batch, and exits non-zero", () => {
    const files = {
      "ferry.txt": Buffer.from("Ferry strike ends\n\nCrews returned to work on Monday.\n"),
      "photo.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]),
      "report.pdf": Buffer.from(
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "latin1",
      ),
      "archive.txt": Buffer.concat([
        Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"),
        Buffer.from("[Content_Types].xml"),
      ]),
      "harbour.txt": Buffer.from("Harbour plan approved\n\nThe council voted 7-2.\n"),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const result = copydesk("import", ...Object.keys(files).map((f) => join(dir, f)));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/photo\.jpg was not imported: it seems to be a JPEG image/);
    expect(result.stderr).toMatch(/report\.pdf was not imported: it seems to be a PDF document/);
    expect(result.stderr).toMatch(/archive\.txt was not imported: it seems to be a ZIP archive/);
    expect(headlines().sort()).toEqual(["Ferry strike ends", "Harbour plan approved"]);
  }, 30_000);

  it("skips files imported before, so a batch retried after a crash adds nothing twice", () => {
    writeFileSync(join(dir, "ferry.txt"), "Ferry strike ends\n\nCrews returned to work on Monday.\n");
    writeFileSync(join(dir, "harbour.txt"), "Harbour plan approved\n\nThe council voted 7-2.\n");
    const files = ["ferry.txt", "harbour.txt"].map((f) => join(dir, f));
    expect(copydesk("import", files[0]).code).toBe(0); // the run that "crashed" after one file
    const retry = copydesk("import", ...files, "--json");
    expect(retry.code, retry.stderr).toBe(0);
    const { results } = JSON.parse(retry.stdout) as {
      results: { file: string; skipped?: string; imported?: { id: string; headline: string } }[];
    };
    expect(results[0].skipped).toMatch(/ferry\.txt was imported before.*as "Ferry strike ends"/);
    expect(results[1].imported?.headline).toBe("Harbour plan approved");
    expect(headlines().sort()).toEqual(["Ferry strike ends", "Harbour plan approved"]);

    const again = copydesk("import", files[0], "--allow-duplicate");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Imported .*ferry\.txt as "Ferry strike ends"/);
    expect(headlines().filter((h) => h === "Ferry strike ends")).toHaveLength(2);
  }, 30_000);
});
