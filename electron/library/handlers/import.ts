// Import: a text, Markdown-as-text or HTML file becomes a new article.
import { readExportedPage } from "../../../shared/import/html/index.ts";
import { importPlainText } from "../../../shared/import/plainText.ts";
import { notTextMessage, sniffText } from "../../../shared/import/sniff.ts";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { createArticle } from "../articleRecords.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

export function importHandlers(ctx: HandlerContext): HandlerGroup<"articles.importText"> {
  return {
    "articles.importText": ({ fileName, text }) => {
      // Bytes that are not a story never become one, whichever client sent them.
      const notText = sniffText(text);
      if (notText) throw new CopydeskError("refused", notTextMessage(fileName, notText));
      const reason = `Imported from ${fileName}`;
      const fallbackHeadline = fileName.replace(/\.[^.]+$/, "");
      if (looksLikeHtml(fileName, text)) {
        // A page Copydesk (or a clean CMS) exported: its metadata comes back with it.
        const { headline, dek, byline, dateline, section, tags, body } = readExportedPage(text);
        return createArticle(
          ctx,
          { headline: headline || fallbackHeadline, dek, byline, dateline, section, tags, body },
          reason,
        );
      }
      const imported = importPlainText(text);
      return createArticle(
        ctx,
        { headline: imported.headline || fallbackHeadline, body: imported.body },
        reason,
      );
    },
  };
}
