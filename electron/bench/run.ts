// `npm run bench`: measure, print, and write the figures into BENCHMARKS.md between
// markers (other sections of that file are left alone). Budgets are checked here, not
// in tests, because timings on shared machines are noisy.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { plainText } from "../../shared/document/text.ts";
import { seeded, story } from "./corpus.ts";
import { benchSearch, type Timing } from "./search.ts";

const root = resolve(import.meta.dirname, "../..");

/** Typing runs in the browser: write the story as a text file and hand it to e2e/bench/typing.ts. */
function benchTyping(words: number): Timing {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-story-"));
  const file = join(dir, "story.txt");
  writeFileSync(file, `A ${words}-word story\n\n${plainText(story(seeded(7), words))}\n`);
  const run = spawnSync(process.execPath, [join(root, "e2e/bench/typing.ts"), file, String(words)], {
    encoding: "utf8",
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`typing bench failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as Timing;
}

const BUDGET_MS: Record<string, number> = {
  "newest-first page (200)": 20,
  "search: rare word": 50,
  "search: two words": 150,
  "search while typing 'har' (prefix)": 150,
};
const TYPING_BUDGET_P95_MS = 50;

const articles = Number(process.env.BENCH_ARTICLES ?? 10_000);
const storyWords = (process.env.BENCH_WORDS ?? "10000,50000").split(",").filter(Boolean).map(Number);

const search = benchSearch(articles);
const typing: Timing[] = [];
for (const words of storyWords) typing.push(benchTyping(words));

const verdict = (t: Timing, budget: number | undefined) =>
  budget === undefined ? "" : t.p95 <= budget ? `≤ ${budget} ms: ok` : `> ${budget} ms: OVER`;
const rows = [
  ...search.timings.map((t) => `| ${t.what} | ${t.p50} | ${t.p95} | ${verdict(t, BUDGET_MS[t.what])} |`),
  ...typing.map((t) => `| ${t.what} | ${t.p50} | ${t.p95} | ${verdict(t, TYPING_BUDGET_P95_MS)} |`),
];
const section = [
  "<!-- bench:start -->",
  "## Library and editor speed",
  "",
  `\`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${new Date().toISOString().slice(0, 10)}:`,
  `a library of ${articles.toLocaleString("en")} synthetic articles (built in ${search.setupSeconds} s),`,
  "searched through the service; typing measured in Debian's Chromium against the web host.",
  "Times in milliseconds; budgets apply to p95.",
  "",
  "| measure | p50 | p95 | budget |",
  "| --- | ---: | ---: | --- |",
  ...rows,
  "",
  "Common words are the expensive case (bm25 over every matching row; see DESIGN.md): the",
  "figure for a word in most articles is reported without a budget and is the next thing to cut.",
  "<!-- bench:end -->",
].join("\n");

console.log(section);
const file = join(root, "BENCHMARKS.md");
const current = readFileSync(file, "utf8");
const next = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(current)
  ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, section)
  : `${current.trimEnd()}\n\n${section}\n`;
writeFileSync(file, next);
