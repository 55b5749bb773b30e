// A saved news page read into an article: Readability (run by the caller on a real DOM) picks
// the story's content; the page's own metadata (JSON-LD NewsArticle, Open Graph, meta author,
// rel=author, <time datetime>) fills headline, dek and byline, never the body; and what
// Readability leaves that an editor would not keep (share lines, "Advertisement", "Read more",
// related lists, newsletter boxes, gallery counters) is taken out.
import { body, emptyBody } from "../../document/build.ts";
import type { BlockNodeJSON } from "../../document/nodes.ts";
import { plainText } from "../../document/text.ts";
import { readBlocks } from "../html/blocks.ts";
import { jsonLd, readMetadata } from "../html/metadata.ts";
import type { ImportedPage } from "../html/readPage.ts";
import { findAll, textContent } from "../html/tree.ts";
import type { HtmlElement } from "../html/tree.ts";
import { looksLikeChrome } from "../plainText.ts";

/** What Readability found, as the caller hands it over. */
export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  /** The story's content as a tree (the caller parsed Readability's HTML). */
  content: HtmlElement;
}

const WEB_CHROME: RegExp[] = [
  /^advertisement\b/i,
  /story continues (below|after)/i,
  /^(read|see) (more|also|next)\b/i,
  /^(sign up|subscribe)\b.{0,80}newsletter/i,
  /newsletter\b.{0,60}(sign up|subscribe|inbox)/i,
  /^(share|follow)( (this|us))?( on)?\b.{0,60}$/i,
  /^(facebook|twitter|x|whatsapp|linkedin|email|copy link)([\s,|·]+(facebook|twitter|x|whatsapp|linkedin|email|copy link|print))+$/i,
  /^\d+\s*(of|\/)\s*\d+$/i, // photo gallery counters
  /^(image|photo)\s+\d+\s+of\s+\d+/i,
  /^related( (stories|articles|coverage|content))?:?$/i,
  /^(more from|most read|trending|recommended)\b.{0,40}$/i,
];

const blockText = (block: BlockNodeJSON) => plainText(body([block])).trim();

function isChrome(block: BlockNodeJSON): boolean {
  const text = blockText(block);
  return text === ""
    ? block.type !== "figure"
    : looksLikeChrome(text) || WEB_CHROME.some((p) => p.test(text));
}

/** The byline's name alone: "By Ana Ruiz and Tom Li, Reuters" stays as written, less its "By". */
const bylineText = (raw: string) => raw.replace(/\s+/g, " ").trim();

/** Who wrote it, from the page's own metadata first. */
function pageByline(page: HtmlElement, ld: Record<string, unknown>, fallback: string): string {
  const authors = ([] as unknown[]).concat(ld.author ?? []);
  const names = authors
    .map((a) =>
      typeof a === "string" ? a : typeof a === "object" && a ? (a as { name?: unknown }).name : "",
    )
    .filter((n): n is string => typeof n === "string" && n.trim() !== "");
  if (names.length) return names.join(" and ");
  const relAuthor = findAll(page, (e) => (e.attrs.rel ?? "").split(/\s+/).includes("author")).map(
    textContent,
  );
  if (relAuthor.length) return [...new Set(relAuthor)].join(" and ");
  return bylineText(fallback);
}

/** Tracking pixels (1x1 or hidden images) are no pictures. */
function dropPixels(node: HtmlElement): HtmlElement {
  const size = (e: HtmlElement, name: string) => Number.parseInt(e.attrs[name] ?? "", 10);
  const pixel = (e: HtmlElement) =>
    e.name === "img" &&
    ((size(e, "width") <= 2 && size(e, "height") <= 2) || /display:\s*none/i.test(e.attrs.style ?? ""));
  return {
    ...node,
    children: node.children
      .filter((c) => typeof c === "string" || !pixel(c))
      .map((c) => (typeof c === "string" ? c : dropPixels(c))),
  };
}

export function readWebPage(page: HtmlElement, found: ReadabilityResult): ImportedPage {
  const ld = jsonLd(page);
  const meta = readMetadata(page);
  const headline = (typeof ld.headline === "string" && ld.headline) || meta.headline || found.title || "";
  const byline = meta.byline || pageByline(page, ld, found.byline ?? "");
  const dek = meta.dek || found.excerpt || "";
  // Related lists: a list whose items are all links is a list of other stories.
  const content = dropPixels(found.content);
  const blocks = readBlocks(content).filter((block, i, all) => {
    if (isChrome(block)) return false;
    if (block.type === "figure") return true; // no text of its own: never the headline or byline
    const text = blockText(block);
    if (i === all.findIndex((b) => blockText(b) !== "") && text === headline) return false; // not twice
    if (text === byline || text === `By ${byline}` || (dek !== "" && text === dek && i < 3)) return false;
    if (
      block.type === "list" &&
      block.children.every((item) => item.children.every((c) => c.type === "link"))
    )
      return false;
    return true;
  });
  return {
    ...meta,
    headline,
    byline: byline.replace(/^by\s+/i, ""),
    dek,
    body: blocks.length ? body(blocks) : emptyBody(),
  };
}
