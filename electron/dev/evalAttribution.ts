// `npm run eval:attribution -- FILE.jsonl [--verbose] [--loaded] [--limit N]`: scores quote
// detection and speaker attribution (and with --loaded the review's loaded-verb rule) on annotated news (the team's ../shared/attribution JSONL), in process, with
// the scorer's matching rules (./attribution/match.ts). A development tool: not part of CI, and the
// material it reads is never copied into the project.
import { readFileSync } from "node:fs";
import { detectQuotes } from "../../shared/quotes/index.ts";
import { type GoldArticle, matchArticle, type Predicted, speakerOk } from "./attribution/match.ts";
import { type LoadedTally, tallyLoaded } from "./attribution/loadedVerbs.ts";

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const loaded = argv.includes("--loaded");
const verbs: LoadedTally = {
  inCues: 0,
  flaggedInCues: 0,
  findings: 0,
  insideQuotes: 0,
  outsideCues: 0,
  misses: [],
};
const limitAt = argv.indexOf("--limit");
const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
const file = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--limit");
if (!file) {
  console.error("usage: npm run eval:attribution -- FILE.jsonl [--verbose] [--loaded] [--limit N]");
  process.exit(2);
}

const articles = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as GoldArticle)
  .slice(0, limit);

const t = { tp: 0, fp: 0, fn: 0, scored: 0, right: 0, top3: 0, abstained: 0, words: 0, ms: 0 };
const log: string[] = [];
const clip = (s: string, n: number): string => s.replace(/\s+/g, " ").slice(0, n);

for (const article of articles) {
  if (loaded) tallyLoaded(article, verbs, verbose);
  const began = performance.now();
  const detected = detectQuotes(article.text);
  t.ms += performance.now() - began;
  t.words += article.text.split(/\s+/).length;
  const pred: Predicted[] = detected.map((d) => ({
    text: d.text,
    start: d.start,
    speaker: d.speaker,
    candidates: d.candidates?.map((c) => c.name),
  }));
  // Where a wrong speaker went wrong: no cue found, a cue elsewhere than the annotated one, or the
  // annotated cue with the wrong subject or resolution.
  const cueTag = (b: number, g: GoldArticle["quotes"][number]): string => {
    const d = detected[b];
    if (d.cueStart === null || d.cueEnd === null) return "no-cue";
    const spans = g.cue_spans ?? [];
    return spans.some(([x, y]) => x < d.cueEnd! && d.cueStart! < y) ? "same-cue" : "other-cue";
  };
  const m = matchArticle(article, pred);
  t.fp += m.extras.length;
  if (verbose) for (const b of m.extras) log.push(`${article.id}: extra "${clip(pred[b].text, 80)}"`);
  article.quotes.forEach((g, a) => {
    const b = m.goldToPred[a];
    if (b < 0) {
      t.fn++;
      if (verbose) log.push(`${article.id}: missed "${clip(g.text, 80)}"`);
      return;
    }
    t.tp++;
    const p = pred[b];
    const ok = speakerOk(p.speaker, g);
    if (ok === null) return;
    t.scored++;
    if (ok) t.right++;
    else if (p.speaker === null) t.abstained++;
    const top = (p.candidates ?? [p.speaker]).slice(0, 3);
    if (ok || top.some((name) => speakerOk(name, g))) t.top3++;
    if (!ok && verbose)
      log.push(
        `${article.id}@${g.start}: [${cueTag(b, g)}] speaker of "${clip(g.text, 50)}": ${p.speaker} [${top.slice(1).join("; ")}] ` +
          `(gold ${g.speaker}; mention "${g.mention ?? ""}" cue "${g.cue ?? ""}")`,
      );
  });
}

if (verbose) console.error(log.join("\n"));
const P = t.tp / (t.tp + t.fp || 1);
const R = t.tp / (t.tp + t.fn || 1);
const F = (2 * P * R) / (P + R || 1);
const f3 = (n: number): string => n.toFixed(3);
console.log(
  `${file.split("/").pop()}: articles ${articles.length}; quotes ${t.tp + t.fn} (missed ${t.fn}, extra ${t.fp}); ` +
    `P ${f3(P)} R ${f3(R)} F1 ${f3(F)}; speaker ${t.right}/${t.scored} = ${f3(t.right / (t.scored || 1))} ` +
    `(abstained ${t.abstained}, wrong ${t.scored - t.right - t.abstained}); ` +
    `top-3 ${t.top3}/${t.scored} = ${f3(t.top3 / (t.scored || 1))}; ` +
    `detection ${(t.ms / (t.words / 1000)).toFixed(2)} ms per 1,000 words`,
);
if (loaded) {
  if (verbose) console.error(verbs.misses.join("\n"));
  console.log(
    `loaded verbs in annotated cues ${verbs.inCues}, flagged ${verbs.flaggedInCues} = ` +
      `${f3(verbs.flaggedInCues / (verbs.inCues || 1))}; findings ${verbs.findings}, inside quotes ` +
      `${verbs.insideQuotes} = ${f3(verbs.insideQuotes / (verbs.findings || 1))}, in no annotated cue ` +
      `${verbs.outsideCues} = ${f3(verbs.outsideCues / (verbs.findings || 1))}`,
  );
}
