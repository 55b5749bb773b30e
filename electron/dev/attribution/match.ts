// The matching rules of the team's attribution scorer (../shared/attribution/score.mjs), restated
// so the dev harness can score the detector in process. Keep the two in step: quotes match by their
// normalised words (>= 70% of the longer one), runs of gold quotes may be merged by one prediction
// and split by several; a speaker is right when it holds the gold name's last word.

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speaker_alts?: string[];
  mention?: string;
  mention_spans?: [number, number][];
  cue?: string;
  cue_spans?: [number, number][];
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
  ignore?: string[];
}

export interface Predicted {
  text: string;
  start: number;
  speaker: string | null;
  /** Ranked names, best first (the first is `speaker`). */
  candidates?: string[];
}

export const tok = (s: string | null | undefined): string[] =>
  (s || "")
    .toLowerCase()
    .replace(/[“”"‘’'`.,;:!?()[\]{}—–…\-/*]/g, " ")
    .split(/\s+/)
    .filter(Boolean);

export function overlap(a: string, b: string): number {
  const A = tok(a);
  const B = tok(b);
  if (!A.length || !B.length) return 0;
  const left = new Map<string, number>();
  for (const t of B) left.set(t, (left.get(t) || 0) + 1);
  let hit = 0;
  for (const t of A)
    if ((left.get(t) ?? 0) > 0) {
      hit++;
      left.set(t, left.get(t)! - 1);
    }
  return hit / Math.max(A.length, B.length);
}

function inside(inner: string, outer: string): boolean {
  const A = tok(inner);
  const B = new Set(tok(outer));
  return A.length > 0 && A.filter((t) => B.has(t)).length / A.length >= 0.9;
}

const SUFFIX = new Set(["jr", "sr", "ii", "iii", "iv"]);
function nameOk(pred: string | null, gold: string): boolean {
  const P = new Set(tok(pred));
  const G = tok(gold);
  while (G.length > 1 && SUFFIX.has(G[G.length - 1])) {
    const s = G.pop()!;
    if ((s === "jr" || s === "sr") && !P.has(s)) return false;
  }
  return G.length > 0 && P.has(G[G.length - 1]);
}

export function speakerOk(pred: string | null, g: GoldQuote): boolean | null {
  if (!g.speaker) return null;
  return [g.speaker, ...(g.speaker_alts || [])].some((n) => nameOk(pred, n));
}

/** For each gold quote, the index of the prediction it was matched to (-1: missed); plus extras. */
export interface Matching {
  goldToPred: number[];
  extras: number[];
  ignored: number;
}

const joined = (list: { text: string }[], a: number, e: number): string =>
  list
    .slice(a, e + 1)
    .map((x) => x.text)
    .join(" ");

export function matchArticle(article: GoldArticle, pred: Predicted[]): Matching {
  const gold = article.quotes;
  const gOf: number[] = new Array(gold.length).fill(-1);
  const pUsed: boolean[] = new Array(pred.length).fill(false);
  const pairs: [number, number, number][] = [];
  gold.forEach((g, a) =>
    pred.forEach((p, b) => {
      const s = overlap(g.text, p.text);
      if (s >= 0.7) pairs.push([s, a, b]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  for (const [, a, b] of pairs)
    if (gOf[a] < 0 && !pUsed[b]) {
      gOf[a] = b;
      pUsed[b] = true;
    }
  mergeRuns(gold, pred, gOf, pUsed);
  splitRuns(gold, pred, gOf, pUsed);
  const extras: number[] = [];
  let ignored = 0;
  pred.forEach((p, b) => {
    if (pUsed[b]) return;
    const skip =
      (article.ignore || []).some((t) => overlap(t, p.text) >= 0.7) ||
      gold.some((g, a) => gOf[a] >= 0 && inside(p.text, g.text));
    if (skip) ignored++;
    else extras.push(b);
  });
  return { goldToPred: gOf, extras, ignored };
}

/** One prediction merging consecutive gold quotes. */
function mergeRuns(gold: GoldQuote[], pred: Predicted[], gOf: number[], pUsed: boolean[]): void {
  pred.forEach((p, b) => {
    const a0 = gOf.indexOf(b);
    if (a0 >= 0) {
      let a = a0;
      let e = a0;
      let best = overlap(gold[a0].text, p.text);
      for (let grew = true; grew;) {
        grew = false;
        if (a > 0 && gOf[a - 1] < 0) {
          const s = overlap(joined(gold, a - 1, e), p.text);
          if (s > best) [best, a, grew] = [s, a - 1, true];
        }
        if (e + 1 < gold.length && gOf[e + 1] < 0) {
          const s = overlap(joined(gold, a, e + 1), p.text);
          if (s > best) [best, e, grew] = [s, e + 1, true];
        }
      }
      for (let k = a; k <= e; k++) gOf[k] = b;
      return;
    }
    for (let a = 0; a < gold.length && !pUsed[b]; a++)
      for (let e = a + 1; e < gold.length && gOf[a] < 0 && gOf[e] < 0; e++)
        if (overlap(joined(gold, a, e), p.text) >= 0.7) {
          for (let k = a; k <= e; k++) gOf[k] = b;
          pUsed[b] = true;
          break;
        }
  });
}

/** Consecutive predictions splitting one gold quote. */
function splitRuns(gold: GoldQuote[], pred: Predicted[], gOf: number[], pUsed: boolean[]): void {
  const pOwner: number[] = new Array(pred.length).fill(-1);
  gold.forEach((_, a) => {
    if (gOf[a] >= 0 && pOwner[gOf[a]] < 0) pOwner[gOf[a]] = a;
  });
  gold.forEach((g, a) => {
    if (gOf[a] >= 0) {
      const b0 = gOf[a];
      if (pOwner[b0] !== a || gOf.filter((x) => x === b0).length > 1) return;
      let b = b0;
      let e = b0;
      let best = overlap(g.text, pred[b0].text);
      for (let grew = true; grew;) {
        grew = false;
        if (b > 0 && !pUsed[b - 1]) {
          const s = overlap(g.text, joined(pred, b - 1, e));
          if (s > best) [best, b, grew] = [s, b - 1, true];
        }
        if (e + 1 < pred.length && !pUsed[e + 1]) {
          const s = overlap(g.text, joined(pred, b, e + 1));
          if (s > best) [best, e, grew] = [s, e + 1, true];
        }
      }
      for (let k = b; k <= e; k++) pUsed[k] = true;
      return;
    }
    for (let b = 0; b < pred.length && gOf[a] < 0; b++) {
      if (pUsed[b]) continue;
      for (let e = b + 1; e < pred.length && !pUsed[e]; e++)
        if (overlap(g.text, joined(pred, b, e)) >= 0.7) {
          gOf[a] = b;
          for (let k = b; k <= e; k++) pUsed[k] = true;
          break;
        }
    }
  });
}
