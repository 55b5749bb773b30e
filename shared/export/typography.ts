// Newsroom typography for exported prose: curly quotes and apostrophes, em dashes, ellipses,
// single spaces. It works on the document model (not on HTML), so attributes and URLs are
// never touched, and a block's text nodes are read as one run so a quote opened in italics
// and closed in roman still curls the right way. Code-formatted text is left exactly as typed.
import type {
  ArticleBody,
  BlockNodeJSON,
  InlineNodeJSON,
  ListNodeJSON,
  TextNodeJSON,
} from "../document/nodes.ts";
import { TEXT_FORMAT } from "../document/nodes.ts";

/** One stretch of a block's text. `fixed` stretches (code, line breaks) give context but never change. */
export interface TextStretch {
  text: string;
  fixed: boolean;
}

// After these a quote mark opens: start of text, whitespace, opening brackets, other opening
// quotes, dashes and slashes ("—'Tis", "(“Yes”)", "either/'or'").
const OPENS_AFTER = /[\s([{\u2018\u201c\u2014\u2013/-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
// An apostrophe standing for missing letters or century digits at the start of a word:
// ’90s, ’em, ’tis, ’twas, ’til, ’cause, rock ’n’ roll.
const ELISION = /^'(?:\d\d(?!\d)|(?:em|tis|twas|til|cause|bout|n')(?!\p{L}))/iu;

function isSpace(c: string): boolean {
  return c !== "" && /\s/u.test(c);
}

function curlQuotes(chars: string[], editable: boolean[]): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (!editable[i] || (c !== '"' && c !== "'")) continue;
    const prev = i > 0 ? chars[i - 1] : "";
    const next = chars[i + 1] ?? "";
    const opens = (prev === "" || OPENS_AFTER.test(prev)) && next !== "" && !isSpace(next);
    if (c === '"') {
      chars[i] = opens ? "\u201c" : "\u201d";
    } else if (LETTER_OR_DIGIT.test(prev) && LETTER.test(next)) {
      chars[i] = "\u2019"; // it's, O'Neil
    } else if (opens && ELISION.test(chars.slice(i, i + 8).join(""))) {
      chars[i] = "\u2019";
    } else {
      chars[i] = opens ? "\u2018" : "\u2019";
    }
  }
}

function dashesAndDots(text: string): string {
  return text.replace(/---?/g, "\u2014").replace(/\.\.\./g, "\u2026");
}

/**
 * Typeset the stretches of one block together and return each stretch's new text (same order).
 * Quote curling sees the whole block; dashes and ellipses apply within a stretch; a space is
 * dropped when the previous stretch already ended with one.
 */
export function typesetStretches(stretches: TextStretch[]): string[] {
  const chars: string[] = [];
  const editable: boolean[] = [];
  const bounds: number[] = [];
  for (const stretch of stretches) {
    bounds.push(chars.length);
    for (const c of stretch.text) {
      chars.push(c);
      editable.push(!stretch.fixed);
    }
  }
  curlQuotes(chars, editable);

  let endedWithSpace = false;
  return stretches.map((stretch, k) => {
    const end = k + 1 < bounds.length ? bounds[k + 1] : chars.length;
    let text = chars.slice(bounds[k], end).join("");
    if (!stretch.fixed) {
      text = dashesAndDots(text).replace(/ {2,}/g, " ");
      if (endedWithSpace && text.startsWith(" ")) text = text.slice(1);
    }
    if (text !== "") endedWithSpace = text.endsWith(" ");
    return text;
  });
}

/** Typeset a single line of prose (a headline, a caption). */
export function typesetText(text: string): string {
  return typesetStretches([{ text, fixed: false }])[0];
}

function collectInline(
  children: InlineNodeJSON[],
  out: { node: TextNodeJSON | null; stretch: TextStretch }[],
) {
  for (const child of children) {
    if (child.type === "text") {
      out.push({
        node: child,
        stretch: { text: child.text, fixed: (child.format & TEXT_FORMAT.code) !== 0 },
      });
    } else if (child.type === "linebreak") {
      out.push({ node: null, stretch: { text: "\n", fixed: true } });
    } else {
      collectInline(child.children, out);
    }
  }
}

function typesetInline(children: InlineNodeJSON[]): void {
  const found: { node: TextNodeJSON | null; stretch: TextStretch }[] = [];
  collectInline(children, found);
  const result = typesetStretches(found.map((f) => f.stretch));
  found.forEach((f, i) => {
    if (f.node) f.node.text = result[i];
  });
}

function typesetList(list: ListNodeJSON): void {
  for (const item of list.children) {
    const inline = item.children.filter((c): c is InlineNodeJSON => c.type !== "list");
    typesetInline(inline);
    for (const child of item.children) if (child.type === "list") typesetList(child);
  }
}

function typesetBlock(block: BlockNodeJSON): void {
  switch (block.type) {
    case "list":
      typesetList(block);
      return;
    case "figure":
      block.caption = typesetText(block.caption);
      block.credit = typesetText(block.credit);
      return;
    case "pullquote":
      block.attribution = typesetText(block.attribution);
      typesetInline(block.children);
      return;
    default:
      typesetInline(block.children);
  }
}

/** A typeset copy of a body; the stored body is not changed. */
export function typesetBody(body: ArticleBody): ArticleBody {
  const copy = JSON.parse(JSON.stringify(body)) as ArticleBody;
  copy.root.children.forEach(typesetBlock);
  return copy;
}
