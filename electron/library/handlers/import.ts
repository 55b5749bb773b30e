// Import: a text, Markdown-as-text or HTML file becomes a new article. Each file's content
// hash is kept with the article it became, so the same file imported again (or an import
// retried after a crash) is skipped, with a message saying where it went the first time.
import { createHash } from "node:crypto";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import type { Article } from "../../../shared/api/schemas.ts";
import { readExportedPage } from "../../../shared/import/html/index.ts";
import { importPlainText } from "../../../shared/import/plainText.ts";
import { notTextMessage, sniffText } from "../../../shared/import/sniff.ts";
import { createArticle } from "../articleRecords.ts";
import type { ImportedFile } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** The content's fingerprint: the same file read by the CLI (BOM kept) or a browser (BOM dropped) matches. */
export function contentHash(text: string): string {
  return createHash("sha256")
    .update(text.replace(/^\ufeff/, ""), "utf8")
    .digest("hex");
}

export function duplicateMessage(fileName: string, earlier: ImportedFile): string {
  const where = earlier.trashed ? " (now in the Trash)" : "";
  return (
    `${fileName} was imported before, on ${earlier.importedAt.slice(0, 10)} from ${earlier.fileName}, ` +
    `as "${earlier.headline || "(untitled)"}"${where}, id ${earlier.articleId}; skipped. Import it again only to keep a second copy.`
  );
}

function articleFromFile(ctx: HandlerContext, fileName: string, text: string): Article {
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
  return createArticle(ctx, { headline: imported.headline || fallbackHeadline, body: imported.body }, reason);
}

export function importHandlers(ctx: HandlerContext): HandlerGroup<"articles.importText"> {
  return {
    "articles.importText": ({ fileName, text, allowDuplicate }) => {
      // Bytes that are not a story never become one, whichever client sent them.
      const notText = sniffText(text);
      if (notText) throw new CopydeskError("refused", notTextMessage(fileName, notText));
      const hash = contentHash(text);
      // One transaction: the article and the record of its file land together or not at all.
      return ctx.store.transaction((writer) => {
        const earlier = writer.importedFile(hash);
        if (earlier && !allowDuplicate)
          throw new CopydeskError("conflict", duplicateMessage(fileName, earlier));
        const article = articleFromFile(ctx, fileName, text);
        writer.recordImport({ hash, articleId: article.id, fileName, importedAt: ctx.clock.now() });
        return article;
      });
    },
  };
}
