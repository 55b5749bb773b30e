// Reading a story named on the command line: a file (plain text, Markdown or an HTML
// page) or the id of an article in the library.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { plainText } from "../../shared/document/text.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { readExportedPage } from "../../shared/import/html/index.ts";
import { parseHtml } from "../library/import/parseHtml.ts";

export interface StoryFile {
  /** The text offsets refer to: the file itself for text and Markdown, the body's text for HTML. */
  text: string;
  /** Set for HTML pages, which carry structure. */
  body: ArticleBody | null;
}

export function readStoryFile(path: string): StoryFile {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CopydeskError(
      "not-found",
      `${path}: cannot read it (${code === "ENOENT" ? "no such file" : code}).`,
    );
  }
  if ([".html", ".htm"].includes(extname(path).toLowerCase())) {
    const page = readExportedPage(raw, parseHtml);
    return { text: plainText(page.body), body: page.body };
  }
  return { text: raw.replace(/\r\n?/g, "\n"), body: null };
}
