// The lines of a story that belong in its fields, as wire copy and Word drafts carry them:
// a "By …" byline under the headline, and a dateline opening the first paragraph
// ("BAKU, Sept 19 (Reuters) - …", "PORTSMOUTH — …").

/** "By Ana Ruiz", "By Ana Ruiz and Tom Li, Reuters": short, and no sentence after it. */
const BYLINE = /^(?:By|BY)\s+(\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,8})\s*$/u;

// A place in capitals, optionally a date and an agency in brackets, then a dash.
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}'’. -]{1,40}?)(?:,\s*(?:\p{Lu}[\p{L}.]*\s+\d{1,2}|\d{1,2}\s+\p{Lu}[\p{L}.]*))?(?:\s*\([\p{L} ]{2,30}\))?)\s+[-–—]{1,2}\s+/u;

export function bylineOf(line: string): string | null {
  const match = BYLINE.exec(line.trim());
  return match && line.length <= 120 ? match[1].trim() : null;
}

/** The dateline opening a paragraph, and the paragraph without it; null when there is none. */
export function splitDateline(paragraph: string): { dateline: string; rest: string } | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const place = match[1].split(",")[0].replace(/\s*\(.*$/, "");
  // The place must be in capitals: "The council said - …" is no dateline.
  if (place !== place.toUpperCase() || !/\p{Lu}{2}/u.test(place)) return null;
  return { dateline: match[1].trim(), rest: paragraph.slice(match[0].length) };
}
