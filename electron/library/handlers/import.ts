// Import: a text, Markdown-as-text or HTML file becomes a new article.
import { type CallInput, contract } from "../../../shared/api/contract.ts";
import { parseOrRefuse } from "../../../shared/api/parse.ts";
import { readExportedPage } from "../../../shared/import/html/index.ts";
import { importPlainText } from "../../../shared/import/plainText.ts";
import { createArticle } from "../articleRecords.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

// What a file yields is held to the same limits as a story typed in (a 32,000-character first
// line is no headline).
const draft = (input: CallInput<"articles.create">) =>
  parseOrRefuse(contract["articles.create"].input, input, "articles.importText");

export function importHandlers(ctx: HandlerContext): HandlerGroup<"articles.importText"> {
  return {
    "articles.importText": ({ fileName, text }) => {
      const reason = `Imported from ${fileName}`;
      const fallbackHeadline = fileName.replace(/\.[^.]+$/, "");
      if (looksLikeHtml(fileName, text)) {
        // A page Copydesk (or a clean CMS) exported: its metadata comes back with it.
        const { headline, dek, byline, dateline, section, tags, body } = readExportedPage(text);
        return createArticle(
          ctx,
          draft({ headline: headline || fallbackHeadline, dek, byline, dateline, section, tags, body }),
          reason,
        );
      }
      const imported = importPlainText(text);
      return createArticle(
        ctx,
        draft({ headline: imported.headline || fallbackHeadline, body: imported.body }),
        reason,
      );
    },
  };
}
