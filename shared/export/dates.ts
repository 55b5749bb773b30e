// Dates as the exporter publishes them: machine-readable ISO strings for <time datetime>,
// meta tags, JSON-LD and ninjs, and a reader-facing rendering in the article's language.

// HTML's "valid global date and time string", which is also RFC 3339 apart from the seconds
// being optional; values already in this form are published as the editor stored them.
const GLOBAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The date-time to publish, or null when the value is missing or not a date. */
export function publishableDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  if (GLOBAL_DATE_TIME.test(value) && /:\d{2}(?:\.\d+)?(?:Z|[+-])/.test(value)) return value;
  return new Date(ms).toISOString();
}

/** "September 19, 2023 at 10:15 AM UTC" in the article's language (UTC: the export has no reader zone). */
export function displayDate(iso: string, language: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short", timeZone: "UTC" };
  let text: string;
  try {
    text = new Intl.DateTimeFormat(language, options).format(new Date(iso));
  } catch {
    text = new Intl.DateTimeFormat("en", options).format(new Date(iso));
  }
  return `${text} UTC`;
}
