// IPTC ninjs 1.5 (News in JSON, generation 1) for wire and CMS hand-off. Generation 1 is the one
// with `body_html`, `headline` and `byline` as plain properties, which is what partner systems
// expect; see ninjs-schema-1.5-subset.json for the part of the schema Copydesk writes.
import { correctionEdnote, renderCorrections } from "../corrections.ts";
import { prepareExport } from "../prepare.ts";
import type { ExportArticle, ExportOptions, ExportSource } from "../types.ts";
import type { ArticleBody, FigureNodeJSON } from "../../document/nodes.ts";
import { figuresOf } from "../../document/pictures.ts";
import { absoluteHttpUrl, safeImageSrc } from "../url.ts";

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
  /** The story's pictures, in order (picture1, picture2, …). */
  associations?: Record<string, NinjsPicture>;
}

/** A picture associated with the story; its rendition's href is set when it is an absolute or inline address. */
export interface NinjsPicture {
  uri: string;
  type: "picture";
  mimetype?: string;
  headline?: string;
  description_text?: string;
  byline?: string;
  renditions?: { original: { href?: string; mimetype?: string; width?: number; height?: number } };
}

const MIME = /^data:(image\/[a-z]+);base64,/;

function pictureOf(figure: FigureNodeJSON, src: string): NinjsPicture {
  const mimetype = MIME.exec(src)?.[1];
  const absolute = absoluteHttpUrl(src) ?? (mimetype ? src : null);
  const uri = figure.image
    ? `urn:copydesk:picture:${figure.image}`
    : (absolute ?? `urn:copydesk:picture:${encodeURIComponent(src)}`);
  const picture: NinjsPicture = { uri, type: "picture" };
  if (mimetype) picture.mimetype = mimetype;
  if (figure.caption.trim()) picture.headline = figure.caption.trim();
  if (figure.alt.trim()) picture.description_text = figure.alt.trim();
  if (figure.credit.trim()) picture.byline = figure.credit.trim();
  const original = {
    ...(absolute ? { href: absolute } : {}),
    ...(mimetype ? { mimetype } : {}),
    ...(figure.width && figure.height ? { width: figure.width, height: figure.height } : {}),
  };
  if (Object.keys(original).length > 0) picture.renditions = { original };
  return picture;
}

/** The body's figures with a picture that may be published, as ninjs associations. */
function pictureAssociations(body: ArticleBody): Record<string, NinjsPicture> | null {
  const pictures = figuresOf(body).flatMap((figure) => {
    const src = safeImageSrc(figure.src);
    return src === null ? [] : [pictureOf(figure, src)];
  });
  return pictures.length > 0
    ? Object.fromEntries(pictures.map((picture, i) => [`picture${i + 1}`, picture]))
    : null;
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
  const associations = pictureAssociations(prepared.body);
  if (associations) item.associations = associations;
  return item;
}
