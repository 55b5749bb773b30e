// Who made the story and its pictures, never who is quoted in it: news and photo agencies, bylines,
// photo credits, the agency in a dateline ("BAKU, Sept 19 (Reuters) -"). The detector names no one
// inside these; the review's photo-credit rule reads the same agency list.

import type { Span } from "./sentences.ts";

/** News and photo agencies as credits write them, longest first where one holds another. */
export const AGENCIES: readonly string[] = [
  "Associated Press",
  "Agence France-Presse",
  "Agence France Presse",
  "Getty Images",
  "Press Association",
  "PA Media",
  "PA Wire",
  "Canadian Press",
  "Dow Jones",
  "Reuters",
  "Bloomberg",
  "AP",
  "AFP",
  "EPA-EFE",
  "EPA",
  "EFE",
  "PA",
  "UPI",
  "dpa",
  "ANP",
  "AAP",
  "ANI",
  "PTI",
  "IANS",
  "Xinhua",
  "Yonhap",
  "Kyodo",
  "Anadolu",
  "TASS",
  "Sputnik",
  "IRNA",
  "Bernama",
  "Antara",
  "Shutterstock",
  "Alamy",
  "iStock",
  "NurPhoto",
  "SOPA Images",
  "ZUMA Press",
  "WENN",
];

const AGENCY = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
/** An agency named as a credit anywhere in a line. */
export const AGENCY_PATTERN = new RegExp(String.raw`\b(?:${AGENCY})\b`);
const ALIASES: Record<string, string> = { "Associated Press": "AP", "Agence France-Presse": "AFP" };

// "Photo: Jane Doe/Reuters", "Photograph: …", "Picture by …", "Credit: …", "(AP Photo/Evan Vucci)",
// "(Jane Doe/Getty Images)", "© Alamy": a credit runs to the end of its line or bracket.
const CREDIT_LINE =
  /(?:^|\n)[ \t]*(?:photo(?:graph)?s?|pictures?|images?|credit|illustration)\s*(?::|by\b)[^\n]*/gi;
const CREDIT_BRACKET = new RegExp(
  String.raw`\((?:[^()\n]*\b(?:photo|picture|image|credit)s?\s*(?::|/|by\b)[^()\n]*|[^()\n]*/\s*(?:${AGENCY})[^()\n]*)\)`,
  "gi",
);
// "Jonathan Drake / Reuters" closing a caption line.
const CREDIT_INLINE = new RegExp(
  String.raw`[\p{Lu}][\p{L}.' -]{1,40}/\s*(?:${AGENCY})(?:/[\p{L} ]+)?\.?[ \t]*(?=\n|$)`,
  "gu",
);
// "© 2015 Jane Doe", not the "©" of a mis-decoded accent ("RÃ©sumÃ©").
// "… "still the No. 1 force."--Kim Hjelmgaard.": a brief's sign-off (a spaced dash and a name
// after a quotation attribute it instead).
const SIGN_OFF = /(?<=[.!?"”])--\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\.?[ \t]*(?=\n|$)/gu;
const COPYRIGHT = /(?<!\p{L})©\s*(?:\d{4}|\p{Lu})[^\n]{0,80}/gu;
// "By Maria Olsen", "By Maria Olsen and Tom Hale, Reuters", "Reporting by …; Editing by …".
const BYLINE =
  /(?:^|\n)[ \t]*(?:by|reporting by|additional reporting by|editing by|written by)\s[^\n]{2,160}(?=\n|$)/gi;
// "BAKU, Sept 19 (Reuters) -", "WASHINGTON (AP) —": the agency of the dateline.
const DATELINE_AGENCY = new RegExp(String.raw`^[\p{Lu}][\p{Lu} .,'/-]+[^\n(]{0,30}\((${AGENCY})\)`, "u");

function spansOf(text: string, re: RegExp, out: Span[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].replace(/^\n[ \t]*/, "").length;
    out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
}

/** Spans of photo credits and bylines: no one named inside them is quoted. */
export function creditSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [CREDIT_LINE, CREDIT_BRACKET, SIGN_OFF, COPYRIGHT]) spansOf(text, re, out);
  // Only lines with a slash can end in "Name/Agency": the pattern is costly to try everywhere.
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    const lineStart = text.lastIndexOf("\n", slash) + 1;
    const lineEnd = text.indexOf("\n", slash);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const found: Span[] = [];
    spansOf(text.slice(lineStart, end), CREDIT_INLINE, found);
    for (const f of found) out.push({ start: lineStart + f.start, end: lineStart + f.end });
    slash = end;
  }
  BYLINE.lastIndex = 0;
  // A byline is a short line of names, not a sentence that opens with "By 2030, …".
  for (let m = BYLINE.exec(text); m; m = BYLINE.exec(text)) {
    const line = m[0].trim();
    if ((/[.!?]["”’]?$/.test(line) && !AGENCY_PATTERN.test(line)) || line.split(/\s+/).length > 14) continue;
    if (
      !/^\S+(?:\s+by)?\s+\p{Lu}/iu.test(
        line.replace(/^(?:reporting|additional reporting|editing|written)\s+/i, ""),
      )
    )
      continue;
    const lead = m[0].length - m[0].replace(/^\n?[ \t]*/, "").length;
    out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((s, i) => i === 0 || s.start >= out[i - 1].end || s.end > out[i - 1].end);
}

/** The story's own agencies: in its dateline or its byline ("By Maria Olsen, Reuters"). */
export function ownAgencies(text: string): Set<string> {
  const own = new Set<string>();
  const head = text.slice(0, 1500);
  for (const line of head.split("\n")) {
    const dated = DATELINE_AGENCY.exec(line.trim());
    if (dated) own.add(ALIASES[dated[1]] ?? dated[1]);
    if (/^\s*by\s/i.test(line)) {
      const agency = AGENCY_PATTERN.exec(line);
      if (agency) own.add(ALIASES[agency[0]] ?? agency[0]);
    }
  }
  for (const [long, short] of Object.entries(ALIASES)) if (own.has(short)) own.add(long);
  return own;
}
