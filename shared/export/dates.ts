// Dates as the exporter publishes them: machine-readable ISO strings for <time datetime>,
// meta tags, JSON-LD and ninjs, and a reader-facing rendering in the article's language.

// RFC 3339 with seconds: valid for HTML's <time datetime>, schema.org and ninjs "date-time"
// alike. Values already in this form are published as the editor stored them.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** The date-time to publish, or null when the value is missing or not a date. */
export function publishableDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return RFC3339.test(value) ? value : new Date(ms).toISOString();
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
