// IPTC ninjs 1.5 (News in JSON, generation 1) for wire and CMS hand-off. Generation 1 is the one
// with `body_html`, `headline` and `byline` as plain properties, which is what partner systems
// expect; see ninjs-schema-1.5-subset.json for the part of the schema Copydesk writes.
import { correctionEdnote, renderCorrections } from "../corrections.ts";
import { prepareExport } from "../prepare.ts";
import type { ExportArticle, ExportOptions, ExportSource } from "../types.ts";
import { absoluteHttpUrl } from "../url.ts";

export const NINJS_VERSION = "1.5";
export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_1.5.json#";

export interface NinjsPerson {
  name: string;
  /** The person's relation to the story: their title as a source ("Foreign ministry spokeswoman"). */
  rel?: string;
}

export interface NinjsItem {
  $standard: { name: "ninjs"; version: string; schema: string };
  uri: string;
  type: "text";
  representationtype: "complete";
  pubstatus: "usable" | "withheld";
  language: string;
  headline: string;
  slugline?: string;
  byline?: string;
  located?: string;
  description_text?: string;
  ednote?: string;
  body_html: string;
  wordcount: number;
  firstcreated?: string;
  versioncreated?: string;
  contentcreated?: string;
  subject?: { name: string }[];
  person?: NinjsPerson[];
}

/** The item's identifier: its public address when known, otherwise a stable Copydesk URN. */
function itemUri(id: string, canonicalUrl: string | null): string {
  return absoluteHttpUrl(canonicalUrl) ?? `urn:copydesk:article:${encodeURIComponent(id)}`;
}

export function exportNinjs(
  article: ExportArticle,
  sources: readonly ExportSource[] = [],
  options: ExportOptions = {},
): NinjsItem {
  const { options: resolved, article: prepared, bodyHtml } = prepareExport(article, sources, options);
  const item: NinjsItem = {
    $standard: { name: "ninjs", version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
    uri: itemUri(prepared.id, resolved.canonicalUrl),
    type: "text",
    representationtype: "complete",
    // Only a published story is usable by the receiver; drafts go out withheld.
    pubstatus: prepared.publishedAt ? "usable" : "withheld",
    language: prepared.language,
    headline: prepared.headline,
    body_html: [bodyHtml, renderCorrections(prepared.corrections, prepared.language)]
      .filter(Boolean)
      .join("\n"),
    wordcount: prepared.wordCount,
  };
  if (prepared.slug.trim()) item.slugline = prepared.slug.trim();
  if (prepared.byline) item.byline = prepared.byline;
  if (prepared.dateline) item.located = prepared.dateline;
  if (prepared.dek) item.description_text = prepared.dek;
  if (prepared.corrections.length > 0) item.ednote = correctionEdnote(prepared.corrections);
  if (prepared.createdAt) item.firstcreated = prepared.createdAt;
  if (prepared.updatedAt) item.versioncreated = prepared.updatedAt;
  if (prepared.createdAt) item.contentcreated = prepared.createdAt;
  if (prepared.tags.length > 0) item.subject = prepared.tags.map((name) => ({ name }));
  if (resolved.includePeople) {
    // Name and title only: a source's contact notes are private and never leave Copydesk.
    const seen = new Set<string>();
    const people: NinjsPerson[] = [];
    for (const source of sources) {
      const name = source.name.trim();
      if (!name || seen.has(source.id)) continue;
      seen.add(source.id);
      people.push(source.title.trim() ? { name, rel: source.title.trim() } : { name });
    }
    if (people.length > 0) item.person = people;
  }
  return item;
}
