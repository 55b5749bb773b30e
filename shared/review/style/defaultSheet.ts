// The house style sheet a new library starts with: a small, common core (said-bookisms, "per
// cent", numerals one to nine, courtesy titles) that a desk edits to its own book. Rules are data;
// each one has a test in defaultSheet.test.ts.
import type { StyleRule } from "./rule.ts";

const BOOKISMS =
  "exclaimed|declared|proclaimed|retorted|quipped|chortled|averred|asserted|stated|remarked|opined";
const SUBJECT = String.raw`(?:he|she|they|we|I|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`;

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** A small number stays a numeral next to other figures, in dates, times, scores, money and units. */
const NUMERAL_BEFORE = String.raw`(?<![\d.,:/£$€#–-]\s?)(?<!(?:No|no|page|p|room|route|platform|gate|chapter|section|version|level|grade|${MONTHS})\.?\s)`;
/** A score line ("Everton 1 Liverpool 2"): a number between a name and a name or the line's end. */
const NOT_SCORE = String.raw`(?!(?<=\p{Lu}[\p{L}'’-]*\s)\d(?:\s+\p{Lu}|[^\S\n]*(?:\n|$)))`;
const NUMERAL_AFTER = String.raw`(?![.,:/–-]?\d)(?!\s?(?:%|per\s?cent|percent|am\b|pm\b|[ap]\.m\.|km\b|kg\b|mm\b|cm\b|m\b|g\b|ft\b|in\b|lb\b|mph\b|bn\b|million\b|billion\b|trillion\b|(?:${MONTHS})\b))`;
const SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

const numeral = (digit: number, word: string): StyleRule => ({
  id: `numeral-${word}`,
  kind: "regex",
  pattern: String.raw`${NUMERAL_BEFORE}${NOT_SCORE}\b${digit}\b${NUMERAL_AFTER}`,
  replacement: word,
  category: "numbers",
  description: `Spell out numbers from one to nine: "${word}", not "${digit}".`,
  caseSensitive: true,
});

export const DEFAULT_STYLE_SHEET: readonly StyleRule[] = [
  {
    id: "said-bookism",
    kind: "regex",
    pattern: String.raw`(?<=[”"]\s+(?:${SUBJECT}\s+)?)(?:${BOOKISMS})\b`,
    replacement: "said",
    category: "attribution",
    description: 'Attribute with "said": it reports the words and lets them speak.',
    caseSensitive: true,
  },
  {
    id: "said-bookism-before-quote",
    kind: "regex",
    pattern: String.raw`\b(he|she|they|we|I|He|She|They|We)\s+(?:${BOOKISMS})(?=\s*[:,]\s*[“"])`,
    replacement: "$1 said",
    category: "attribution",
    description: 'Introduce a quote with "said", not a said-bookism.',
    caseSensitive: true,
  },
  {
    id: "per-cent",
    kind: "word",
    pattern: "percent",
    replacement: "per cent",
    category: "numbers",
    description: 'Write "per cent" as two words.',
    caseSensitive: false,
  },
  ...SMALL.map((word, i) => numeral(i + 1, word)),
  {
    id: "courtesy-title",
    kind: "regex",
    pattern: String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?!Justice\b)(?=\p{Lu})`,
    replacement: "",
    category: "names",
    description: "No courtesy titles in news copy: full name first, surname alone after.",
    caseSensitive: true,
  },
  {
    id: "title-full-stop",
    kind: "regex",
    pattern: String.raw`\b(Dr|St|Prof)\.(?=\s+\p{Lu})`,
    replacement: "$1",
    category: "names",
    description: 'No full stop after a shortened title: "Dr", "St", "Prof".',
    caseSensitive: true,
  },
];
