// Finds top-level quotation spans: pairs opening and closing marks, tells quotation marks from
// apostrophes, keeps nested quotes inside their outer quote, and joins the newspaper run-on
// convention (a quote carried over paragraphs, each reopened, only the last closed).

import { paragraphSpans, type Span } from "../language/sentences.ts";

export type MarkFamily = "double" | "single";

export interface QuoteSpan {
  markStart: number;
  start: number;
  end: number;
  markEnd: number;
  closed: boolean;
  family: MarkFamily;
  /** The quoted words per paragraph; more than one for a run-on quotation. */
  parts: Span[];
}

interface Mark {
  at: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
  /** "ministers' " could close a quote or be a plural possessive. */
  maybePossessive: boolean;
}

const OPEN_ONLY: Record<string, MarkFamily> = { "“": "double", "„": "double", "«": "double", "‘": "single" };
const CLOSE_ONLY: Record<string, MarkFamily> = { "”": "double", "»": "double" };
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
// What may stand before an opening mark: nothing, space, a bracket, a dash or another opening mark.
const opensAfter = (c: string | undefined): boolean => c === undefined || /[\s([{—–\-/"“‘'«„:]/.test(c);
// What may follow a closing mark.
const closesBefore = (c: string | undefined): boolean =>
  c === undefined || /[\s.,;:!?)\]}—–\-"”’'»…]/.test(c);

/** Elisions that start with an apostrophe: 'n', '90s, '19, 'em, 'til, 'cause, 'tis. */
function isLeadingElision(text: string, i: number): boolean {
  const rest = text.slice(i + 1, i + 8);
  if (/^\d{2}(?:s\b|\b)/.test(rest) && !/^\d{2}(?:\d|[.,]\d)/.test(rest)) return true;
  if (/^n['’]\s/.test(rest)) return true;
  return /^(?:em|til|cause|tis|twas|bout|round)\b/i.test(rest);
}

/**
 * `," ` and `" '` with a space between the marks: some papers set a thin space between a nested
 * single mark and the double one ("… 'Oh, this is important,' " Magel said), so the double mark
 * at `i` still opens or closes across that space. `dir` is -1 to look back, 1 to look ahead.
 */
function spacedFromSingle(text: string, i: number, dir: 1 | -1): boolean {
  const single = text[i + 2 * dir];
  return (
    text[i + dir] === " " &&
    (single === "'" || single === "’" || single === "‘") &&
    !isSpace(text[i + 3 * dir])
  );
}

function classify(text: string, i: number, para: Span): Mark | null {
  const c = text[i];
  const prev = i > para.start ? text[i - 1] : undefined;
  const next = i + 1 < para.end ? text[i + 1] : undefined;
  const mark = (family: MarkFamily, canOpen: boolean, canClose: boolean, maybePossessive = false): Mark => ({
    at: i,
    family,
    canOpen,
    canClose,
    maybePossessive,
  });
  if (c in OPEN_ONLY) {
    const family = OPEN_ONLY[c];
    if (family === "single" && (isLetter(prev) || isLeadingElision(text, i))) return null;
    // A typographic opener typed where a closer belongs ("word‘ ") is treated as a closer.
    return mark(family, !isSpace(next), isLetter(prev) && isSpace(next));
  }
  if (c in CLOSE_ONLY) return mark(CLOSE_ONLY[c], opensAfter(prev) && isLetter(next), !isSpace(prev));
  if (c === '"')
    return mark(
      "double",
      opensAfter(prev) && (!isSpace(next) || spacedFromSingle(text, i, 1)),
      (!isSpace(prev) || spacedFromSingle(text, i, -1)) && closesBefore(next),
    );
  if (c === "'" || c === "’") {
    if (isLetter(prev) && isLetter(next)) return null; // don't, Armenia's
    if (/n/.test(prev ?? "") && (text[i - 2] === "'" || text[i - 2] === "‘")) return null; // rock 'n' roll
    const canOpen = c === "'" && opensAfter(prev) && !isSpace(next) && !isLeadingElision(text, i);
    const canClose = !isSpace(prev) && closesBefore(next);
    if (!canOpen && !canClose) return null;
    const maybePossessive =
      canClose && /[sz]/i.test(prev ?? "") && /\s/.test(next ?? "") && isLetter(text[i + 2]);
    return mark("single", canOpen, canClose, maybePossessive);
  }
  return null;
}

function marksIn(text: string, para: Span): Mark[] {
  const marks: Mark[] = [];
  for (let i = para.start; i < para.end; i++) {
    if (!/["'“”‘’„«»]/.test(text[i])) continue;
    const m = classify(text, i, para);
    if (m) marks.push(m);
  }
  return marks;
}

interface Open {
  mark: Mark;
  parts: Span[];
  partStart: number;
}

/**
 * Two ASCII apostrophes typed for a double quotation mark (''looked ashen,'' Mr. Arad said), as
 * some wire and archive copy has it, read as one mark: the apostrophe next to the words becomes
 * `"`, the other a space, so every offset stays where it was.
 */
export function doubledApostrophesAsMarks(text: string): string {
  if (!text.includes("''")) return text;
  // Three: a single mark nested at the edge ('''Hey … us,''').
  return text.replace(/'''?/g, (run, at: number) => {
    const before = text[at - 1];
    const after = text[at + run.length];
    const nested = run.length === 3 ? "'" : "";
    if (isSpace(after) || /[.,;:!?)\]}—–…]/.test(after ?? "")) return nested + '" ';
    if (opensAfter(before)) return ' "' + nested;
    return run;
  });
}

/** Top-level quotations in `text`, sorted by start. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const paragraphs = paragraphSpans(text);
  let carried: Open | null = null; // an outer quote left open at the end of the previous paragraph
  let carriedEnd = 0;

  for (const para of paragraphs) {
    const marks = marksIn(text, para);
    const stack: Open[] = [];
    let from = 0;
    if (carried) {
      const first = marks[0];
      if (first && first.at === para.start && first.canOpen && first.family === carried.mark.family) {
        carried.partStart = first.at + 1; // the run-on convention: reopened, still one quotation
        stack.push(carried);
        from = 1;
      } else {
        found.push(unclosed(carried, carriedEnd));
      }
      carried = null;
    }
    for (let k = from; k < marks.length; k++) {
      const m = marks[k];
      const top = stack[stack.length - 1];
      if (m.canClose && top && top.mark.family === m.family) {
        // "ministers' " may close the quote or be a plural possessive. Inside a speech that opens
        // its paragraph or follows "said:" it is read as a possessive unless a closer comes later
        // or nothing does but the run-on convention ("‘… the councils’ budgets were cut.").
        if (m.maybePossessive && laterCloser(marks, k, m.family)) continue;
        if (m.maybePossessive && stack.length === 1 && opensSpeech(text, top.mark.at, para, m.at)) continue;
        stack.pop();
        if (stack.length === 0) found.push(closeQuote(top, m.at));
        continue;
      }
      const deeper = stack.findIndex((o) => o.mark.family === m.family);
      if (m.canClose && deeper >= 0 && !m.canOpen && m.family === "double") {
        const outer = stack[deeper];
        stack.length = deeper; // nested quotes left open inside are dropped
        if (deeper === 0) found.push(closeQuote(outer, m.at));
        continue;
      }
      if (m.canOpen && !(m.family === "single" && m.maybePossessive)) {
        stack.push({ mark: m, parts: [], partStart: m.at + 1 });
      }
    }
    const outer = stack[0];
    if (outer) {
      outer.parts.push({ start: outer.partStart, end: para.end });
      // A quote already carried over from an earlier paragraph keeps running on.
      const runningOn = outer.parts.length > 1;
      if (outer.mark.family === "double" || runningOn || introducesQuote(text, outer.mark.at, para)) {
        carried = outer;
        carriedEnd = para.end;
      }
    }
  }
  if (carried) found.push(unclosed(carried, carriedEnd));
  return found.sort((a, b) => a.start - b.start);
}

/** Is there another possible closer of this family before the next opener? */
function laterCloser(marks: Mark[], k: number, family: MarkFamily): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m.family !== family) continue;
    if (m.canClose) return true;
    if (m.canOpen) return false;
  }
  return false;
}

/** The quote opens its paragraph or follows a colon, and the paragraph runs on after `closeAt`. */
function opensSpeech(text: string, at: number, para: Span, closeAt: number): boolean {
  const intro = at === para.start || /:\s*$/.test(text.slice(Math.max(para.start, at - 3), at));
  return intro && /[.!?…]["”]?\s*$/.test(text.slice(closeAt + 1, para.end));
}

// A lone single mark left open is usually a stray apostrophe; keep it only where a quote is set up.
function introducesQuote(text: string, at: number, para: Span): boolean {
  return at === para.start || /[:,]\s*$/.test(text.slice(Math.max(para.start, at - 3), at));
}

function closeQuote(open: Open, closeAt: number): QuoteSpan {
  const parts = [...open.parts, { start: open.partStart, end: closeAt }];
  return {
    markStart: open.mark.at,
    start: open.mark.at + 1,
    end: closeAt,
    markEnd: closeAt + 1,
    closed: true,
    family: open.mark.family,
    parts,
  };
}

function unclosed(open: Open, paraEnd: number): QuoteSpan {
  return {
    markStart: open.mark.at,
    start: open.mark.at + 1,
    end: paraEnd,
    markEnd: paraEnd,
    closed: false,
    family: open.mark.family,
    parts: open.parts,
  };
}

/**
 * A nickname inside a name (Jess "Jet" Adeyemi, Marcus ‘Mac’ Delacroix) is no quotation: one to
 * three capitalised words, quoted between two capitalised words of a name.
 */
export function isNickname(text: string, q: QuoteSpan): boolean {
  if (!q.closed || q.parts.length > 1) return false;
  const inner = text.slice(q.start, q.end);
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(inner)) return false;
  const before = text.slice(Math.max(0, q.markStart - 30), q.markStart);
  const after = text.slice(q.markEnd, q.markEnd + 3);
  return /(?:^|\s)\p{Lu}[\p{L}'’-]+ $/u.test(before) && /^ \p{Lu}/u.test(after);
}
