// Highlights and excerpts for the search results shown, made from the stored text here
// rather than by FTS5's highlight()/snippet(): those re-run the whole match for every row
// (for a prefix, they rebuild the prefix's list of documents each time), which cost seconds
// on a big library. Marks are char 2 and char 3 around each matched word, as the renderer
// expects; an excerpt cut from a longer text has "…" at the cut ends.
import { foldWord, type SearchTerm } from "./ftsQuery.ts";

const OPEN = "\u0002";
const CLOSE = "\u0003";
const EXCERPT_WORDS = 24;
/** Words kept before the first hit, so the excerpt reads into it. */
const LEAD_WORDS = 4;

interface Token {
  start: number;
  end: number;
  folded: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) });
  }
  return out;
}

function wordMatches(token: Token | undefined, word: string, prefix: boolean): boolean {
  return token !== undefined && (prefix ? token.folded.startsWith(word) : token.folded === word);
}

/** For each token, the index of the term that starts there and how many tokens it covers. */
function hits(list: Token[], terms: SearchTerm[]): { at: number; length: number; term: number }[] {
  const folded = terms.map((t) => t.words.map(foldWord));
  const out: { at: number; length: number; term: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let t = 0; t < folded.length; t++) {
      const words = folded[t];
      const ok = words.every((w, k) =>
        wordMatches(list[i + k], w, terms[t].prefix && k === words.length - 1),
      );
      if (ok) {
        out.push({ at: i, length: words.length, term: t });
        break;
      }
    }
  }
  return out;
}

function mark(text: string, list: Token[], found: ReturnType<typeof hits>, from: number, to: number): string {
  let out = "";
  let at = list[from]?.start ?? 0;
  const end = to > from ? list[to - 1].end : at;
  for (const h of found) {
    if (h.at < from || h.at + h.length > to) continue;
    const s = list[h.at].start;
    const e = list[h.at + h.length - 1].end;
    out += `${text.slice(at, s)}${OPEN}${text.slice(s, e)}${CLOSE}`;
    at = e;
  }
  return out + text.slice(at, end);
}

/** The text with every matched word marked. */
export function highlight(text: string, terms: SearchTerm[]): string {
  const list = tokens(text);
  if (list.length === 0) return text;
  const found = hits(list, terms);
  return (
    text.slice(0, list[0].start) +
    mark(text, list, found, 0, list.length) +
    text.slice(list[list.length - 1].end)
  );
}

/** About 24 words around the passage with the most of the query's terms, matches marked. */
export function excerpt(text: string, terms: SearchTerm[]): string {
  const list = tokens(text);
  if (list.length === 0) return "";
  const found = hits(list, terms);
  let from = 0;
  let best = 0;
  for (const h of found.slice(0, 200)) {
    const start = Math.max(0, h.at - LEAD_WORDS);
    const distinct = new Set(
      found.filter((o) => o.at >= start && o.at < start + EXCERPT_WORDS).map((o) => o.term),
    );
    if (distinct.size > best) {
      best = distinct.size;
      from = start;
      if (best === terms.length) break;
    }
  }
  const to = Math.min(list.length, from + EXCERPT_WORDS);
  return `${from > 0 ? "…" : ""}${mark(text, list, found, from, to)}${to < list.length ? "…" : ""}`;
}
