// Highlights and excerpts for the search results shown, made from the stored text here
// rather than by FTS5's highlight()/snippet(): those re-run the whole match for every row
// (for a prefix, they rebuild the prefix's list of documents each time), which cost seconds
// on a big library. Marks are char 2 and char 3 around each match, as the renderer expects;
// an excerpt cut from a longer text has "…" at the cut ends.
//
// The terms are found with one regular expression over a folded copy of the text (lower
// case, accents off, as the index's tokenizer folds) that keeps every character at its
// offset, so matches mark the original text directly and no word list is built.
import { foldWord, type SearchTerm } from "./ftsQuery.ts";

const OPEN = "\u0002";
const CLOSE = "\u0003";
const EXCERPT_WORDS = 24;
/** Words kept before the hit, so the excerpt reads into it. */
const LEAD_WORDS = 4;
/** Hits looked at when choosing the passage with the most terms. */
const MAX_HITS = 200;

const WORD = String.raw`[\p{L}\p{N}]`;
/** Letters the index folds to others: accented Latin letters and combining marks. */
const FOLDED_BY_INDEX = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/u;

interface Hit {
  start: number;
  end: number;
  term: number;
}

/** The text folded as the index folds it, one character for one, so offsets stay put. */
function foldInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !FOLDED_BY_INDEX.test(text)) return lower;
  let out = "";
  for (const c of text) {
    const f = foldWord(c);
    out += f.length === c.length ? f : c;
  }
  return out;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern for all terms; group i+1 is term i. A phrase's words may have any gap between. */
function pattern(terms: SearchTerm[]): RegExp {
  const groups = terms.map((t) => {
    const words = t.words.map((w) => escape(foldWord(w))).join(`${WORD.replace("[", "[^")}+`);
    return `(${words}${t.prefix ? `${WORD}*` : ""})`;
  });
  return new RegExp(`(?<!${WORD})(?:${groups.join("|")})(?!${WORD})`, "gu");
}

function findHits(folded: string, terms: SearchTerm[], max = Infinity): Hit[] {
  const out: Hit[] = [];
  const re = pattern(terms);
  for (let m = re.exec(folded); m && out.length < max; m = re.exec(folded)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      term: m.slice(1).findIndex((g) => g !== undefined),
    });
  }
  return out;
}

function mark(text: string, hits: Hit[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += `${text.slice(at, h.start)}${OPEN}${text.slice(h.start, h.end)}${CLOSE}`;
    at = h.end;
  }
  return out + text.slice(at, to);
}

/** The text with every match marked. */
export function highlight(text: string, terms: SearchTerm[]): string {
  return mark(text, findHits(foldInPlace(text), terms), 0, text.length);
}

/** Start offsets of the words in text[from, to). */
function wordStarts(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(`${WORD}+`, "gu");
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The passage start: the hit with the most distinct terms close after it. */
function bestHit(hits: Hit[], terms: number): Hit | undefined {
  let best: Hit | undefined;
  let most = 0;
  for (const h of hits.slice(0, MAX_HITS)) {
    // About 24 words of newsroom copy is 150 characters.
    const near = new Set(
      hits.filter((o) => o.start >= h.start && o.start < h.start + 150).map((o) => o.term),
    );
    if (near.size > most) {
      most = near.size;
      best = h;
      if (most === terms) break;
    }
  }
  return best;
}

/** About 24 words around the passage with the most of the query's terms, matches marked. */
export function excerpt(text: string, terms: SearchTerm[]): string {
  // One term: its first hit anchors the passage, and a few more are all the passage can hold.
  const hits = findHits(foldInPlace(text), terms, terms.length === 1 ? EXCERPT_WORDS : MAX_HITS);
  const hit = bestHit(hits, terms.length);
  // No term in the text (the match was in the headline): the excerpt is the story's opening.
  const anchor = hit?.start ?? 0;
  const before = wordStarts(text, Math.max(0, anchor - 120), anchor);
  const from =
    before.length > LEAD_WORDS ? before[before.length - LEAD_WORDS].start : (before[0]?.start ?? anchor);
  const words = wordStarts(text, from, from + 400).slice(0, EXCERPT_WORDS);
  if (words.length === 0) return "";
  const start = words[0].start;
  const to = words[words.length - 1].end;
  const wordIn = (part: string) => new RegExp(WORD, "u").test(part);
  // Up to the sentence's own stop when the words run out; an ellipsis where they are cut.
  const more = wordIn(text.slice(to));
  const end = more ? to : text.trimEnd().length;
  return `${wordIn(text.slice(0, start)) ? "…" : ""}${mark(text, hits, start, end)}${more ? "…" : ""}`;
}
