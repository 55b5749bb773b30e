// HTML parsing in Node for the readers in shared/import: linkedom (htmlparser2 underneath).
import { DOMParser } from "linkedom";
import type { DomNodeLike, ParseHtml } from "../../../shared/import/html/dom.ts";

/** A document for a whole page or a bare fragment (linkedom wants the page around a fragment). */
export const parseHtml: ParseHtml = (html) => {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, "text/html") as unknown as DomNodeLike;
};
