// Reading a story named on the command line: a file (plain text, Markdown or an HTML
// page) or the id of an article in the library.
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { plainText } from "../../shared/document/text.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { STORY_TEXT_LIMIT } from "../../shared/document/schema.ts";
import { readExportedPage } from "../../shared/import/html/index.ts";
import { decodeStoryBytes } from "../library/import/decodeText.ts";
import { parseHtml } from "../library/import/parseHtml.ts";

export interface StoryFile {
  /** The text offsets refer to: the file itself for text and Markdown, the body's text for HTML. */
  text: string;
  /** Set for HTML pages, which carry structure. */
  body: ArticleBody | null;
}

const tooLong = (path: string) =>
  new CopydeskError(
    "bad-input",
    `${path}: longer than ${STORY_TEXT_LIMIT.toLocaleString("en")} characters, the most a story may hold.`,
  );

export function readStoryFile(path: string): StoryFile {
  let raw: string;
  try {
    // The app's limit holds here too; a file far past it is not even read into memory.
    if (statSync(path).size > STORY_TEXT_LIMIT * 4) throw tooLong(path);
    raw = decodeStoryBytes(readFileSync(path));
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CopydeskError(
      "not-found",
      `${path}: cannot read it (${code === "ENOENT" ? "no such file" : code}).`,
    );
  }
  if (raw.length > STORY_TEXT_LIMIT) throw tooLong(path);
  if ([".html", ".htm"].includes(extname(path).toLowerCase())) {
    const page = readExportedPage(raw, parseHtml);
    return { text: plainText(page.body), body: page.body };
  }
  return { text: raw.replace(/\r\n?/g, "\n"), body: null };
}
