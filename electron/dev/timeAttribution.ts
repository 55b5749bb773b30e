// `npm run time:attribution -- FILE.jsonl`: how long detection and the full review take on real
// copy of 1,000 to 50,000 words (articles of the annotated file joined end to end), median of
// several runs after a warm-up, in CPU milliseconds. A development measure; the budget is 30 ms at 10,000 words.
import { readFileSync } from "node:fs";
import { detectQuotes } from "../../shared/quotes/index.ts";
import { reviewText } from "../../shared/review/index.ts";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run time:attribution -- FILE.jsonl");
  process.exit(2);
}
const texts = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

function storyOf(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i = (i + 1) % texts.length) {
    out.push(texts[i]);
    n += texts[i].split(/\s+/).length;
  }
  return out.join("\n\n");
}

// CPU time of this process, not wall time: on a shared machine other work inflates the wall clock
// (and, less, the CPU time too: the fastest run is the least disturbed, so it is given beside the median).
function cpuTimes(run: () => void, times: number): { median: number; fastest: number } {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.cpuUsage();
    run();
    const d = process.cpuUsage(t);
    ms.push((d.user + d.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(times / 2)], fastest: ms[0] };
}

for (const words of [1000, 5000, 10000, 20000, 50000]) {
  const text = storyOf(words);
  const times = words >= 20000 ? 5 : 11;
  cpuTimes(() => reviewText(text), 2); // warm-up
  const detect = cpuTimes(() => detectQuotes(text), times);
  const review = cpuTimes(() => reviewText(text), times); // the review runs detection itself
  const f = (t: { median: number; fastest: number }): string =>
    `${t.median.toFixed(1)} ms (fastest ${t.fastest.toFixed(1)})`;
  console.log(
    `${String(words).padStart(6)} words: detection ${f(detect)}, detection + full review ${f(review)}`,
  );
}
