// Keystroke-to-paint in the real editor, in Debian's Chromium against the web host: import
// a story (a plain-text file, given on the command line) with the real CLI, open it, type
// into its middle, and time each key from keydown to the next frame (the method of
// DESIGN.md's performance notes). Prints one JSON line; electron/bench/run.ts runs it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../chromium.ts";

const root = resolve(import.meta.dirname, "../..");

function serve(libraryPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [
    join(root, "electron/cli/copydesk.js"),
    "serve",
    "--library",
    libraryPath,
  ]);
  return new Promise((done, fail) => {
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /served at (\S+)/.exec(out);
      if (m) done({ url: m[1], child });
    });
    child.once("exit", () => fail(new Error(out)));
  });
}

/**
 * Click to an editable story: from the pointer going down on the story in the list to the
 * first frame with the editor editable and every paragraph in it. Each run opens a short
 * note first, so the long story is opened afresh.
 */
async function timeOpening(page: Page, paragraphs: number, runs = 5): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole("button", { name: /A short note/ }).click();
    await page.getByRole("textbox", { name: "Story body" }).filter({ hasText: "Nothing much" }).waitFor();
    const opened = page.evaluate(
      (want) =>
        new Promise<number>((done) => {
          let down = 0;
          document.addEventListener("pointerdown", (e) => (down = e.timeStamp), {
            capture: true,
            once: true,
          });
          const look = () => {
            const editor = document.querySelector('[aria-label="Story body"][contenteditable="true"]');
            if (down && editor && editor.querySelectorAll("p").length >= want)
              requestAnimationFrame(() => done(performance.now() - down));
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
      paragraphs,
    );
    await page.getByRole("button", { name: /A \d+-word story/ }).click();
    samples.push(await opened);
  }
  return samples;
}

/** 40 ms a key is 300 words a minute: twice a fast typist's burst, at no fixed phase to the frames. */
const KEY_INTERVAL_MS = 40;

async function benchTyping(storyFile: string, words: number, keys = 120) {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-bench-"));
  const libraryPath = join(dir, "bench.db");
  const imported = spawnSync(process.execPath, [
    join(root, "electron/cli/copydesk.js"),
    "import",
    storyFile,
    "--library",
    libraryPath,
  ]);
  if (imported.status !== 0) throw new Error(imported.stderr.toString());
  const note = join(dir, "note.txt");
  writeFileSync(note, "A short note\n\nNothing much.\n");
  spawnSync(process.execPath, [
    join(root, "electron/cli/copydesk.js"),
    "import",
    note,
    "--library",
    libraryPath,
  ]);

  const host = await serve(libraryPath);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    const profile = await profiler(page, process.env.BENCH_PROFILE);
    const opening = await timeOpening(page, Math.floor(words / 100));
    await profile.cut("open");
    const editor = page.getByRole("textbox", { name: "Story body" });
    await editor
      .locator("p")
      .nth(Math.floor(words / 100))
      .click();
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { samples: number[] }).samples = samples;
      document.addEventListener(
        "keydown",
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
        },
        true,
      );
    });
    // Keys at a steady typist's pace, not back to back. CDP acks a key once its handlers have
    // run, not once it is painted, so back to back the next key was always waiting; Chromium
    // runs input ahead of timers, and the setTimeout that closes each sample waited behind the
    // following keys until Playwright's round trip left a gap. Hence bursts like "80 71 61 56
    // 48 ... 14" although every keydown handler started within a few ms and frames kept
    // coming: the bench's own queue, not a stall. A real block still delays the keys behind it.
    const started = performance.now();
    for (let i = 0; i < keys; i++) {
      const wait = started + i * KEY_INTERVAL_MS - performance.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      await page.keyboard.type(i % 12 === 11 ? " " : "e", { delay: 0 });
    }
    await page.waitForTimeout(500);
    await profile.cut("typing");
    const raw = await page.evaluate(() => (window as unknown as { samples: number[] }).samples);
    // BENCH_RAW=1 prints every sample in typing order, to see where the slow keys fall.
    if (process.env.BENCH_RAW) console.error(raw.map((x) => Math.round(x)).join(" "));
    const w = words.toLocaleString("en");
    return [
      { what: `click to an editable ${w}-word story`, ...percentiles(opening), budget: 100 },
      { what: `typing in a ${w}-word story (keydown to paint)`, ...percentiles(raw), budget: 50 },
    ];
  } finally {
    await browser.close();
    host.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * BENCH_PROFILE=prefix records Chromium performance traces, from the page's load to the end of
 * the openings (prefix-open.json) and from there to the end of the typing (prefix-typing.json),
 * to open in DevTools' Performance panel. Without it, nothing is recorded.
 */
async function profiler(page: Page, prefix: string | undefined) {
  if (!prefix) return { cut: async (_: string) => {} };
  const cdp = await page.context().newCDPSession(page);
  const categories = "devtools.timeline,disabled-by-default-devtools.timeline,v8,blink";
  const start = () => cdp.send("Tracing.start", { categories, transferMode: "ReturnAsStream" });
  await start();
  return {
    cut: async (what: string) => {
      const done = new Promise<string>((resolve) =>
        cdp.once("Tracing.tracingComplete", (e) => resolve(e.stream!)),
      );
      await cdp.send("Tracing.end");
      const handle = await done;
      let trace = "";
      for (
        let chunk = await cdp.send("IO.read", { handle });
        ;
        chunk = await cdp.send("IO.read", { handle })
      ) {
        trace += chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send("IO.close", { handle });
      writeFileSync(`${prefix}-${what}.json`, trace);
      await start();
    },
  };
}

function percentiles(raw: number[]): { p50: number; p95: number } {
  const samples = [...raw].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

const [storyFile, words] = process.argv.slice(2);
console.log(JSON.stringify(await benchTyping(storyFile, Number(words))));
