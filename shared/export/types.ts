// What the exporter reads. The app adapts its stored article to these shapes; anything else on
// the objects (review sign-offs, editor state, private notes) is never read, so it cannot leak.
import type { ArticleBody } from "../document/nodes.ts";
import type { StoryDetails } from "../article/details.ts";
import type { ExportCorrection } from "./corrections.ts";

export interface ExportArticle extends StoryDetails {
  id: string;
  slug: string;
  status: string;
  /** BCP 47 language tag; "en" when missing or malformed. */
  language?: string;
  /** ISO 8601 date-times. */
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  body: ArticleBody;
  /** Corrections made after publication, oldest first. */
  corrections?: readonly ExportCorrection[];
}

/** A person quoted in the story. `contactNotes` is private and is never exported. */
export interface ExportSource {
  id: string;
  name: string;
  title: string;
  organization: string;
  contactNotes?: string;
}

export interface ExportOptions {
  /** Curly quotes, em dashes, ellipses, single spaces in the prose (default true). */
  typography?: boolean;
  /** Wrap confirmed tagged quotations in <span class="quote" data-…> (default false). */
  quoteAttributes?: boolean;
  /** Add schema.org Quotation items to the JSON-LD (default false). */
  quotationJsonLd?: boolean;
  /** ninjs only: list the story's quoted sources as `person` (default false). */
  includePeople?: boolean;
  /**
   * A draft's suggested edits shown as <ins>/<del> (default false: the text as it reads with
   * every suggestion accepted, insertions in and deletions out). Never with a publish-ready export.
   */
  showSuggestions?: boolean;
  /** The article's public address, for og:url, the canonical link, JSON-LD and the ninjs uri. */
  canonicalUrl?: string;
}

export interface ResolvedOptions {
  typography: boolean;
  quoteAttributes: boolean;
  quotationJsonLd: boolean;
  includePeople: boolean;
  showSuggestions: boolean;
  canonicalUrl: string | null;
}

export function resolveOptions(options: ExportOptions = {}): ResolvedOptions {
  return {
    typography: options.typography ?? true,
    quoteAttributes: options.quoteAttributes ?? false,
    quotationJsonLd: options.quotationJsonLd ?? false,
    includePeople: options.includePeople ?? false,
    showSuggestions: options.showSuggestions ?? false,
    canonicalUrl: options.canonicalUrl ?? null,
  };
}
