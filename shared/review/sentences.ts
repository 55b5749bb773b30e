// Paragraph and sentence spans of the plain text. Blocks are joined by a blank line, so a run of
// two or more newlines ends a paragraph; sentences end at . ! ? (plus closing marks) before a
// capital or an opening quote, which keeps "Dr. Smith" and "U.S. officials" mostly whole.
import type { Paragraph, Span } from "./types.ts";

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) paragraphs.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return paragraphs;
}

// Abbreviations that end in a period without ending the sentence.
const ABBREVIATIONS = new Set(
  "Mr Mrs Ms Dr Prof Gen Col Lt Sgt Capt Gov Sen Rep St Jr Sr Mt No Adm Maj Cmdr Rev Fr Jan Feb Aug Sept Oct Nov Dec".split(
    " ",
  ),
);

export function splitSentences(paragraph: Paragraph): Span[] {
  const sentences: Span[] = [];
  const { text, start: base } = paragraph;
  const boundary = /[.!?…]+["”’')\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = /([A-Za-z]+)\.$/.exec(text.slice(Math.max(0, m.index - 6), m.index + 1));
    if (before && m[0].startsWith(".") && (ABBREVIATIONS.has(before[1]) || before[1].length === 1)) continue;
    const end = m.index + m[0].trimEnd().length;
    sentences.push({ start: base + start, end: base + end });
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push({ start: base + start, end: base + text.length });
  return sentences;
}
