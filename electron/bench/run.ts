// `npm run bench`: build (or reuse) the bench library, run every measure of issue 17, print
// the table and write it into BENCHMARKS.md between the bench markers (other sections of
// that file are left alone). Budgets are checked here, not in tests: timings on a shared
// machine are noisy, and a test must not fail because a neighbour was busy.
//   --articles N   library size (default 100,000; built once into the cache folder)
//   --no-browser   skip the measures that drive Chromium (typing)
//   --no-write     print only; leave BENCHMARKS.md as it is
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { plainText } from "../../shared/document/text.ts";
import { openLibrary } from "../library/index.ts";
import { createWorkerDispatch } from "../library/workerDispatch.ts";
import { benchAutosave, benchReview, benchStory, typed } from "./autosave.ts";
import { seeded, story } from "./corpus.ts";
import { benchDisk } from "./disk.ts";
import { benchEventLoop, benchStart, withHost } from "./host.ts";
import { benchLibrary } from "./library.ts";
import { benchSearch } from "./search.ts";
import { timeAsync, type Timing } from "./timing.ts";

const root = resolve(import.meta.dirname, "../..");
const log = (line: string) => process.stderr.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: process.env.BENCH_ARTICLES ?? "100000" },
    "no-browser": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error("--articles takes a whole number");

/** Opening and typing run in the browser: write the story as a text file, hand it to e2e/bench/typing.ts. */
function benchTyping(words: number): Timing[] {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-story-"));
  const file = join(dir, "story.txt");
  writeFileSync(file, `A ${words}-word story\n\n${plainText(story(seeded(7), words))}\n`);
  const run = spawnSync(process.execPath, [join(root, "e2e/bench/typing.ts"), file, String(words)], {
    encoding: "utf8",
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`typing bench failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as Timing[];
}

log(`bench library: ${articles.toLocaleString("en")} articles`);
const built = benchLibrary(articles, log);
const opened = performance.now();
const library = openLibrary(built.path);
const openMs = Math.round(performance.now() - opened);
const rows: Timing[] = [];
// Each figure as it comes, so a long run shows its progress (and a failure keeps what was measured).
const measured = rows.push.bind(rows);
rows.push = (...timings: Timing[]) => {
  for (const t of timings) log(`  ${t.what}: p50 ${t.p50}, p95 ${t.p95}, CPU p95 ${t.cpuP95 ?? "-"}`);
  return measured(...timings);
};
try {
  log("search");
  rows.push(...benchSearch(library.service));
  log("autosave and review");
  rows.push(...benchAutosave(library.service));
  rows.push(...benchReview());
  const storyId = benchStory(library.service, 10_000, "draft");
  const base = library.service["articles.get"]({ id: storyId }).body;
  log("web host");
  const worker = await createWorkerDispatch(built.path);
  await withHost(worker.dispatch, async (host) => {
    rows.push(...(await benchEventLoop(host)));
    let n = 0;
    const save = () =>
      host.call("articles.update", { id: storyId, changes: { body: typed(base, `h${n++}`) } });
    rows.push(await timeAsync("autosave of a 10,000-word story over HTTP", 20, save, 10));
  }).finally(() => worker.close());
  log("start");
  rows.push(...(await benchStart(built.path, storyId)));
  if (!values["no-browser"]) {
    log("typing (Chromium)");
    for (const words of [10_000, 50_000]) rows.push(...benchTyping(words));
  }
} finally {
  library.close();
}
const disk = benchDisk(built.path, articles);

const verdict = (t: Timing) =>
  t.budget === undefined ? "" : t.p95 <= t.budget ? `${t.budget}: pass` : `${t.budget}: **miss**`;
const cpu = cpus();
const section = [
  "<!-- bench:start -->",
  "## Library and editor speed",
  "",
  `\`npm run bench\` on ${cpu.length} × ${cpu[0]?.model ?? "CPU"} (${Math.round(totalmem() / 2 ** 30)} GiB),`,
  `Node ${process.versions.node}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. Library:`,
  `${articles.toLocaleString("en")} synthetic articles (electron/bench/corpus.ts: Zipf-distributed words over a`,
  "real head and a 40,000-word made-up tail, topics, named speakers and quotations; 300-940 words each),",
  "written through the real service into a cached file" +
    (built.buildSeconds === null ? " (reused)" : ` (built in ${built.buildSeconds} s)`) +
    `; opened in ${openMs} ms. Times in ms; p50 and p95 over repeated runs`,
  "(searches 20, autosaves 20, review 10, host 10, start 5), each after one warm-up; the budget is for p95.",
  "",
  "| measure | p50 | p95 | CPU p95 | budget (p95) |",
  "| --- | ---: | ---: | ---: | --- |",
  ...rows.map((t) => `| ${t.what} | ${t.p50} | ${t.p95} | ${t.cpuP95 ?? ""} | ${verdict(t)} |`),
  "",
  ...disk,
  "<!-- bench:end -->",
].join("\n");

console.log(section);
if (!values["no-write"]) {
  const file = join(root, "BENCHMARKS.md");
  const current = readFileSync(file, "utf8");
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  writeFileSync(
    file,
    marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`,
  );
}
