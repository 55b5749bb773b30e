// Plain-text import: the first non-empty line is the headline, paragraphs are separated
// by blank lines; a "By …" line and an opening dateline go to their fields. Text copied off a news site carries site chrome (section crumbs,
// "can also be accessed at" footers); those lines are set aside for the editor, not lost.
import { body, paragraph } from "../document/build.ts";
import type { ArticleBody } from "../document/nodes.ts";
import { bylineOf, splitDateline } from "./storyLines.ts";

export interface ImportedText {
  headline: string;
  byline: string;
  dateline: string;
  body: ArticleBody;
  /** Lines that looked like site chrome and were left out of the story. */
  droppedChrome: string[];
}

// Navigation crumbs ("News / More"), share and follow prompts, mirror-site footers.
const CHROME_PATTERNS: RegExp[] = [
  /^[\p{L} ]{1,20}(\s+[/|>»]\s+[\p{L} ]{1,20})+$/u,
  /can (also )?be accessed at/i,
  /^(share|follow us|subscribe|advertisement|related( stories)?|read more)\b.{0,40}$/i,
  /^(\p{Lu}[\p{L}.]*\s+){1,3}(News\s+)?(Roku|Apple TV|Android TV|Telegram|WhatsApp)(\s+\p{Lu}[\p{L}]*){0,3}$/u,
];

export function looksLikeChrome(line: string): boolean {
  const trimmed = line.trim();
  return CHROME_PATTERNS.some((pattern) => pattern.test(trimmed));
}

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/\s*\n\s*/g, " ")
        .replace(/[^\S\n]+/g, " ")
        .trim(),
    )
    .filter((p) => p.length > 0);
}

export function importPlainText(text: string): ImportedText {
  const droppedChrome: string[] = [];
  const kept: string[] = [];
  for (const p of paragraphsOf(text)) {
    if (looksLikeChrome(p)) droppedChrome.push(p);
    else kept.push(p);
  }
  const [headline = "", ...rest] = kept;
  const byline = rest.length > 1 ? bylineOf(rest[0]) : null;
  if (byline !== null) rest.shift();
  const dateline = rest.length > 0 ? splitDateline(rest[0]) : null;
  if (dateline) rest[0] = dateline.rest;
  return {
    headline,
    byline: byline ?? "",
    dateline: dateline?.dateline ?? "",
    body: body(rest.length ? rest.map((p) => paragraph(p)) : [paragraph([])]),
    droppedChrome,
  };
}
