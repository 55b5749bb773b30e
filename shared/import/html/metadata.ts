// The article's metadata from an exported page: the visible header first (what readers saw),
// then the <meta> tags and the NewsArticle JSON-LD for what the header does not show.
import { findAll, findElement, hasClass, textContent } from "./tree.ts";
import type { HtmlElement } from "./tree.ts";
import type { StoryDetails } from "../../article/details.ts";

export interface PageMetadata extends StoryDetails {
  publishedAt: string | null;
  updatedAt: string | null;
}

type JsonObject = Record<string, unknown>;

function isNewsArticle(value: unknown): value is JsonObject {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as JsonObject)["@type"];
  return Array.isArray(type) ? type.some((t) => /Article$/.test(String(t))) : /Article$/.test(String(type));
}

function findNewsArticle(value: unknown): JsonObject | null {
  if (isNewsArticle(value)) return value;
  const list = Array.isArray(value)
    ? value
    : ((value as JsonObject | null)?.["@graph"] as unknown[] | undefined);
  return Array.isArray(list) ? (list.find(isNewsArticle) ?? null) : null;
}

/** The page's schema.org NewsArticle (or any *Article) JSON-LD, or {}. */
export function jsonLd(root: HtmlElement): JsonObject {
  for (const script of findAll(root, (e) => e.name === "script" && e.attrs.type === "application/ld+json")) {
    try {
      const found = findNewsArticle(JSON.parse(script.children.join("")));
      if (found) return found;
    } catch {
      // Malformed JSON-LD is someone else's bug; fall back to the other sources.
    }
  }
  return {};
}

function metaValues(root: HtmlElement, key: string): string[] {
  return findAll(root, (e) => e.name === "meta" && (e.attrs.property === key || e.attrs.name === key)).map(
    (e) => e.attrs.content ?? "",
  );
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

export function readMetadata(root: HtmlElement): PageMetadata {
  const ld = jsonLd(root);
  const header = findElement(root, (e) => e.name === "header") ?? root;
  const headerLine = (cls: string) => {
    const el = findElement(header, (e) => hasClass(e, cls));
    return el ? textContent(el) : "";
  };
  const h1 = findElement(root, (e) => e.name === "h1");
  const times = findAll(header, (e) => e.name === "time" && "datetime" in e.attrs);
  const timeOf = (cls: string) => times.find((t) => hasClass(t, cls))?.attrs.datetime ?? null;
  const metaTags = metaValues(root, "article:tag");
  const keywords = ld.keywords;

  return {
    headline: (h1 ? textContent(h1) : "") || str(ld.headline) || metaValues(root, "og:title")[0] || "",
    dek: headerLine("dek") || str(ld.description) || metaValues(root, "description")[0] || "",
    byline: headerLine("byline") || metaValues(root, "author")[0] || "",
    dateline: headerLine("dateline") || str(ld.dateline),
    section: metaValues(root, "article:section")[0] || str(ld.articleSection) || headerLine("section"),
    tags:
      metaTags.length > 0
        ? metaTags
        : Array.isArray(keywords)
          ? keywords.map(String)
          : str(keywords)
              .split(",")
              .map((k) => k.trim())
              .filter((k) => k !== ""),
    publishedAt:
      timeOf("published") ?? (metaValues(root, "article:published_time")[0] || str(ld.datePublished) || null),
    updatedAt:
      timeOf("updated") ?? (metaValues(root, "article:modified_time")[0] || str(ld.dateModified) || null),
  };
}
