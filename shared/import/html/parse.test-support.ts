// Tests in shared/ parse HTML as the CLI does: with linkedom (a page wrapped around a fragment).
import { DOMParser } from "linkedom";
import type { DomNodeLike, ParseHtml } from "./dom.ts";

export const parseHtml: ParseHtml = (html) => {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, "text/html") as unknown as DomNodeLike;
};
