// Corrections to a published story (issue 18): shown to readers in a "Correction" block at the
// end of the story, and carried in JSON-LD (`correction`) and ninjs. Who made a correction is
// the library's record, not the reader's: only the text and the date go out.
import { displayDate, publishableDate } from "./dates.ts";
import { escapeAttr, escapeText } from "./escape.ts";

export interface ExportCorrection {
  text: string;
  /** ISO 8601 date-time. */
  correctedAt: string;
}

export interface PreparedCorrection {
  text: string;
  correctedAt: string | null;
}

export function prepareCorrections(
  corrections: readonly ExportCorrection[] | undefined,
  prose: (text: string) => string,
): PreparedCorrection[] {
  return (corrections ?? [])
    .map((c) => ({ text: prose(c.text.trim()), correctedAt: publishableDate(c.correctedAt) }))
    .filter((c) => c.text !== "");
}

/** The reader-facing block, oldest correction first; empty when there are none. */
export function renderCorrections(corrections: readonly PreparedCorrection[], language: string): string {
  if (corrections.length === 0) return "";
  const items = corrections.map((c) => {
    const when = c.correctedAt
      ? `<time datetime="${escapeAttr(c.correctedAt)}">${escapeText(displayDate(c.correctedAt, language))}</time>: `
      : "";
    return `<p>${when}${escapeText(c.text)}</p>`;
  });
  return [
    '<aside class="correction" aria-label="Correction">',
    "<h2>Correction</h2>",
    ...items,
    "</aside>",
  ].join("\n");
}

/** schema.org CorrectionComment items for NewsArticle.correction. */
export function correctionJsonLd(corrections: readonly PreparedCorrection[]): Record<string, unknown>[] {
  return corrections.map((c) => ({
    "@type": "CorrectionComment",
    text: c.text,
    ...(c.correctedAt ? { datePublished: c.correctedAt } : {}),
  }));
}

/** ninjs 1.5 has no correction field: the receiving desk is told in `ednote`. */
export function correctionEdnote(corrections: readonly PreparedCorrection[]): string {
  return corrections
    .map((c) => `Correction${c.correctedAt ? ` (${c.correctedAt})` : ""}: ${c.text}`)
    .join("\n");
}
