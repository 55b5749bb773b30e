// The real `copydesk` command against a temp library: the same limits as the app's API, flags
// read strictly, and the same review as the app (sources on file, sign-offs, overrides).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCopydesk, SEED_STORY } from "./copydesk.test-support.ts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CallInput, CallName, CallOutput } from "../../shared/api/contract.ts";
import { openBlockers, reviewArticle, toReviewSource } from "../../shared/review/index.ts";
import { openLibrary } from "../library/index.ts";

const SEED = SEED_STORY;

// Each run of the command starts a Node process: seconds apiece on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let library: string;

const copydesk = (...args: string[]) => runCopydesk(library, ...args);

/** What the app does through its transport, on the same library file. */
async function app<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const opened = openLibrary(library);
  try {
    const result = await opened.dispatch(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as CallOutput<N>;
  } finally {
    opened.close();
  }
}

interface CliReview {
  findings: { id: string; rule: string; severity: string; message: string; signedOff: boolean }[];
  openBlockers: number;
}
const review = (id: string) => JSON.parse(copydesk("review", id, "--json").stdout) as CliReview;

async function importSeed(): Promise<string> {
  expect(copydesk("import", SEED).code).toBe(0);
  return (await app("articles.list", {}))[0].id;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "copydesk-cli-"));
  library = join(dir, "library.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("copydesk holds to the API's limits", () => {
  it("refuses a 32,000-character headline and leaves the library empty", async () => {
    const file = join(dir, "long.txt");
    writeFileSync(file, `${"Headline ".repeat(3556)}\n\nA short body.\n`);
    const result = copydesk("import", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /long\.txt: articles\.importText: Too long: at most 500 characters\. \(headline\); skipped\./,
    );
    expect(await app("articles.list", {})).toEqual([]);
  });

  it("refuses a 50 MB story and leaves the library empty", async () => {
    const file = join(dir, "huge.txt");
    writeFileSync(file, `Huge story\n\n${"word ".repeat(10_000_000)}\n`);
    const result = copydesk("import", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/huge\.txt: articles\.importText: .*5000000.*\(text\); skipped\./);
    expect(await app("articles.list", {})).toEqual([]);
    // Reading a story for quotes or a review holds to the same limit.
    for (const command of ["quotes", "review"]) {
      const read = copydesk(command, file);
      expect(read.code).toBe(1);
      expect(read.stderr).toContain("longer than 5,000,000 characters, the most a story may hold.");
    }
  }, 60_000);

  it("says which flag it does not know, and which formats there are", async () => {
    const unknown = copydesk("list", "--jsn");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown option '--jsn'/);
    const format = copydesk("export", SEED, "--format", "docx");
    expect(format.code).toBe(1);
    expect(format.stderr).toContain("--format must be one of html, fragment, ninjs.");
  });
});

describe("copydesk review ID", () => {
  it("is the app's review: the near-spelling check against sources on file, and sign-offs", async () => {
    const id = await importSeed();
    await app("sources.create", { name: "Ruben Vardanyan", articleId: id });
    const before = review(id);
    expect(before.findings.map((f) => f.message)).toContain(
      '"Ruen Vardanyan" nearly matches the source "Ruben Vardanyan" on file: check the spelling.',
    );
    const blocker = before.findings.find((f) => f.severity === "blocker")!;
    await app("review.signOff", {
      articleId: id,
      findingId: blocker.id,
      rule: blocker.rule,
      excerpt: "",
      note: "Checked with the desk.",
    });

    const after = review(id);
    expect(after.openBlockers).toBe(before.openBlockers - 1);
    expect(after.findings.find((f) => f.id === blocker.id)?.signedOff).toBe(true);
    // The app's count: its review over the same sources, less what is signed off.
    const context = await app("review.context", { articleId: id });
    const findings = reviewArticle({
      body: (await app("articles.get", { id })).body,
      sources: context.sources.map(toReviewSource),
    });
    expect(after.openBlockers).toBe(openBlockers(findings, context.signOffs).length);
    const text = copydesk("review", id);
    expect(text.stdout).toMatch(new RegExp(`${blocker.rule}.*\\(signed off\\)`));
    expect(text.stdout).toContain(`${after.openBlockers} open blockers.`);
  }, 30_000);
});

describe("copydesk export --publish-ready", () => {
  it("can be overridden with a reason, which is recorded", async () => {
    const id = await importSeed();
    const refused = copydesk("export", id, "--publish-ready");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--override-reason "why"');
    const forced = copydesk("export", id, "--publish-ready", "--override-reason", "Legal cleared it.");
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^<!DOCTYPE html>/);
    const overrides = (await app("review.context", { articleId: id })).signOffs.filter(
      (s) => s.kind === "override",
    );
    expect(overrides.map((s) => s.note)).toEqual(["Legal cleared it."]);
    expect(copydesk("export", id, "--override-reason", "x").stderr).toContain(
      "--override-reason goes with --publish-ready.",
    );
  }, 30_000);
});
