// The real `copydesk export` command, run as a user would, against a temp library.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCopydesk, SEED_STORY } from "./copydesk.test-support.ts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const SEED = SEED_STORY;
const HEADLINE = "Azerbaijan launches military operation in Karabakh as tensions escalate";
const SLUG = "azerbaijan-launches-military-operation-in-karabakh-as-tensions-escalate";

let dir: string;
let library: string;

const copydesk = (...args: string[]) => runCopydesk(library, ...args);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-cli-export-"));
  library = join(dir, "library.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("copydesk export", () => {
  it("writes a story file as a clean HTML page", () => {
    const out = join(dir, "page.html");
    const result = copydesk("export", SEED, "--format", "html", "--out", out);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain(`<h1>${HEADLINE}</h1>`);
    expect(page).toContain("\u201cMass shelling has started here,\u201d");
    expect(page).not.toContain("data-lexical");
  }, 30_000);

  it("exports every article in the library into a folder, one file per slug", () => {
    writeFileSync(join(dir, "ferry.txt"), "Ferry strike ends\n\nCrews returned to work on Monday.\n");
    expect(copydesk("import", SEED).code).toBe(0);
    expect(copydesk("import", join(dir, "ferry.txt")).code).toBe(0);
    const out = join(dir, "exports");
    const result = copydesk("export", "--all", "--format", "html", "--out", out);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${SLUG}.html`, "ferry-strike-ends.html"]);
    expect(readFileSync(join(out, "ferry-strike-ends.html"), "utf8")).toContain("<h1>Ferry strike ends</h1>");
  }, 30_000);

  it("refuses a publish-ready export of a story with open review blockers", () => {
    expect(copydesk("import", SEED).code).toBe(0);
    const [article] = (JSON.parse(copydesk("list", "--json").stdout) as { articles: { id: string }[] })
      .articles;
    const result = copydesk("export", article.id, "--format", "html", "--publish-ready");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Cannot export it as publish-ready: \d+ review blockers are open/);
    expect(result.stdout).toBe("");
  }, 30_000);
});
