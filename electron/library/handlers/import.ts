// Import: a text, Markdown, HTML or Word file becomes a new article. Each file's content
// hash is kept with the article it became, so the same file imported again (or an import
// retried after a crash) is skipped, with a message saying where it went the first time.
import { createHash } from "node:crypto";
import { type CallInput, contract } from "../../../shared/api/contract.ts";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { parseOrRefuse } from "../../../shared/api/parse.ts";
import type { Article } from "../../../shared/api/schemas.ts";
import { type ImportedPage, readExportedTree } from "../../../shared/import/html/index.ts";
import { findElement, hasClass } from "../../../shared/import/html/tree.ts";
import { readMarkdown } from "../../../shared/import/markdown/readMarkdown.ts";
import { readWebPage } from "../../../shared/import/web/readWebPage.ts";
import { importPlainText } from "../../../shared/import/plainText.ts";
import { parseTree } from "../../../shared/import/html/dom.ts";
import { notTextMessage, sniffBytes, sniffText } from "../../../shared/import/sniff.ts";
import { readWordHtml } from "../../../shared/import/word/readWordHtml.ts";
import { anchorWordComments, withoutCommentMarkers } from "../../../shared/import/word/wordComments.ts";
import { applyFormatChanges } from "../../../shared/import/word/formatChanges.ts";
import { acceptTrackedText, applyTrackedChanges } from "../../../shared/import/word/trackedChanges.ts";
import { applyParagraphMarks } from "../../../shared/import/word/paragraphMarks.ts";
import { takeStoryLines } from "../../../shared/import/bodyStoryLines.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import { createArticle } from "../articleRecords.ts";
import { decodeStoryBytes } from "../import/decodeText.ts";
import { keepBodyPictures } from "../pictures.ts";
import { parseHtml } from "../import/parseHtml.ts";
import { readabilityOf } from "../import/webPage.ts";
import { convertWordFile } from "../import/wordFile.ts";
import type { WordComment } from "../import/wordComments.ts";
import { keepImportedComments } from "./comments.ts";
import type { ImportedFile } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

// What a file yields is held to the same limits as a story typed in (a 32,000-character first
// line is no headline).
const draft = (input: CallInput<"articles.create">) =>
  parseOrRefuse(contract["articles.create"].input, input, "articles.importText");

/** The content's fingerprint: the same file read by the CLI (BOM kept) or a browser (BOM dropped) matches. */
export function contentHash(content: string | Buffer): string {
  const hash = createHash("sha256");
  if (typeof content === "string") hash.update(content.replace(/^\ufeff/, ""), "utf8");
  else hash.update(content);
  return hash.digest("hex");
}

export function duplicateMessage(fileName: string, earlier: ImportedFile): string {
  const where = earlier.trashed ? " (now in the Trash)" : "";
  return (
    `${fileName} was imported before, on ${earlier.importedAt.slice(0, 10)} from ${earlier.fileName}, ` +
    `as "${earlier.headline || "(untitled)"}"${where}, id ${earlier.articleId}; skipped. Import it again only to keep a second copy.`
  );
}

/** A page Copydesk (or a clean CMS) exported keeps its metadata; any other page goes through Readability. */
function readHtmlFile(text: string): ImportedPage {
  const page = parseTree(text, parseHtml);
  const exported = findElement(page, (e) => hasClass(e, "story-body")) !== null;
  const found = exported ? null : readabilityOf(text);
  return found ? readWebPage(page, found) : readExportedTree(page);
}

/** The body with its inline pictures kept in the library (see pictures.ts). */
const keepPictures = (ctx: HandlerContext, body: ArticleBody) =>
  ctx.store.transaction((writer) => keepBodyPictures(writer, body, ctx.clock.now()));

interface ImportedArticle {
  article: Article;
  notes: string[];
}

/** A file read into an article's fields, its pictures kept, then created. */
function createImported(ctx: HandlerContext, fileName: string, fields: NewArticleFields): ImportedArticle {
  const { body, notes } = keepPictures(ctx, fields.body);
  const headline = fields.headline || fileName.replace(/\.[^.]+$/, "");
  const article = createArticle(ctx, draft({ ...fields, headline, body }), `Imported from ${fileName}`);
  return { article, notes };
}

type NewArticleFields = Omit<CallInput<"articles.create">, "body"> & { body: ArticleBody };

function articleFromFile(ctx: HandlerContext, fileName: string, text: string): ImportedArticle {
  if (looksLikeHtml(fileName, text)) {
    const { headline, dek, byline, dateline, section, tags, body } = readHtmlFile(text);
    return createImported(ctx, fileName, { headline, dek, byline, dateline, section, tags, body });
  }
  if (/\.(md|markdown)$/i.test(fileName)) {
    const { headline, dek, byline, dateline, section, tags, body } = readMarkdown(text, parseHtml);
    return createImported(ctx, fileName, { headline, dek, byline, dateline, section, tags, body });
  }
  const { headline, byline, dateline, body } = importPlainText(text);
  return createImported(ctx, fileName, { headline, byline, dateline, body });
}

/** The article and the record of its file land together or not at all; a file seen before is skipped. */
function importOnce(
  ctx: HandlerContext,
  file: { fileName: string; hash: string; allowDuplicate?: boolean },
  make: () => ImportedArticle,
): ImportedArticle {
  return ctx.store.transaction((writer) => {
    const earlier = writer.importedFile(file.hash);
    if (earlier && !file.allowDuplicate)
      throw new CopydeskError("conflict", duplicateMessage(file.fileName, earlier));
    const made = make();
    writer.recordImport({
      hash: file.hash,
      articleId: made.article.id,
      fileName: file.fileName,
      importedAt: ctx.clock.now(),
    });
    return made;
  });
}

function importText(
  ctx: HandlerContext,
  fileName: string,
  text: string,
  allowDuplicate?: boolean,
): ImportedArticle {
  // Bytes that are not a story never become one, whichever client sent them.
  const notText = sniffText(text);
  if (notText) throw new CopydeskError("refused", notTextMessage(fileName, notText));
  return importOnce(ctx, { fileName, hash: contentHash(text), allowDuplicate }, () =>
    articleFromFile(ctx, fileName, text),
  );
}

/** Word's comments as threads: their words marked in the body, each with a new thread id. */
function wordCommentsOf(ctx: HandlerContext, wordBody: ArticleBody, comments: WordComment[]) {
  const ids = new Map(comments.map((c) => [c.wordId, ctx.clock.newId()]));
  const idFor = (wordId: string) => ids.get(wordId) ?? ids.set(wordId, ctx.clock.newId()).get(wordId)!;
  const { body, quotes } = anchorWordComments(wordBody, idFor);
  const threads = comments.map((c) => ({
    ...c,
    threadId: idFor(c.wordId),
    quote: quotes.get(c.wordId) ?? "",
  }));
  return { body, threads };
}

async function importWordFile(
  ctx: HandlerContext,
  fileName: string,
  bytes: Buffer,
  allowDuplicate?: boolean,
): Promise<ImportedArticle> {
  const hash = contentHash(bytes);
  const earlier = ctx.store.importedFile(hash);
  if (earlier && !allowDuplicate) throw new CopydeskError("conflict", duplicateMessage(fileName, earlier));
  const converted = await convertWordFile(bytes).catch(() => {
    throw new CopydeskError(
      "refused",
      `${fileName} was not imported: it looks like a Word file but cannot be read.`,
    );
  });
  const word = readWordHtml(parseTree(converted.html, parseHtml));
  const comments = wordCommentsOf(ctx, word.body, converted.comments);
  const { byline, dateline, body } = takeStoryLines(comments.body);
  // Tracked changes in the body are suggestions; in the headline, dek and story lines, accepted.
  const accepted = (text: string) => acceptTrackedText(withoutCommentMarkers(text), converted.changes);
  const made = importOnce(ctx, { fileName, hash, allowDuplicate }, () => {
    const imported = createImported(ctx, fileName, {
      headline: accepted(word.headline),
      dek: accepted(word.dek),
      byline: accepted(byline),
      dateline: accepted(dateline),
      body: applyFormatChanges(
        applyTrackedChanges(applyParagraphMarks(body, converted.paragraphMarks), converted.changes),
        converted.formatChanges,
      ),
    });
    keepImportedComments(ctx, imported.article.id, comments.threads);
    return imported;
  });
  return { article: made.article, notes: [...converted.notes, ...made.notes] };
}

export function importHandlers(
  ctx: HandlerContext,
): HandlerGroup<"articles.importText" | "articles.importFile"> {
  return {
    "articles.importText": ({ fileName, text, allowDuplicate }) =>
      importText(ctx, fileName, text, allowDuplicate).article,
    "articles.importFile": async ({ fileName, data, allowDuplicate }) => {
      const bytes = Buffer.from(data, "base64");
      const found = sniffBytes(bytes);
      if (found?.word) return importWordFile(ctx, fileName, bytes, allowDuplicate);
      if (found) throw new CopydeskError("refused", notTextMessage(fileName, found));
      return importText(ctx, fileName, decodeStoryBytes(bytes), allowDuplicate);
    },
  };
}
