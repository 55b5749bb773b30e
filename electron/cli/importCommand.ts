// `copydesk import FILE... [--allow-duplicate] [--json]`: each file becomes an article, or
// is refused by name with the reason (not a story, unreadable) while the rest go on. A file
// imported before is skipped, so a batch retried after a crash adds nothing twice.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { notTextMessage, sniffBytes } from "../../shared/import/sniff.ts";
import type { Command } from "./commands.ts";
import { withLibrary } from "./library.ts";

/** One file's outcome; --json prints the list of them. */
type FileResult =
  | { file: string; imported: { id: string; headline: string; wordCount: number } }
  | { file: string; skipped: string }
  | { file: string; refused: string };

function readStoryText(file: string): { text: string } | { refused: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      refused: `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"}); skipped.`,
    };
  }
  const notText = sniffBytes(bytes);
  return notText ? { refused: notTextMessage(file, notText) } : { text: bytes.toString("utf8") };
}

export const importCommand: Command = (args, io, env) => {
  if (args.positional.length === 0) {
    io.err("usage: copydesk import FILE... [--allow-duplicate] [--json]");
    return 2;
  }
  const json = args.flags.has("json");
  const allowDuplicate = args.flags.has("allow-duplicate");
  const library = withLibrary(args, env);
  const results: FileResult[] = [];
  try {
    for (const file of args.positional) {
      const read = readStoryText(file);
      if ("refused" in read) {
        results.push({ file, refused: read.refused });
        if (!json) io.err(read.refused);
        continue;
      }
      try {
        const article = library.service["articles.importText"]({
          fileName: basename(file),
          text: read.text,
          allowDuplicate,
        });
        results.push({
          file,
          imported: { id: article.id, headline: article.headline, wordCount: article.wordCount },
        });
        if (!json)
          io.out(`Imported ${file} as "${article.headline}" (${article.wordCount} words, id ${article.id})`);
      } catch (error) {
        if (!(error instanceof CopydeskError) || (error.code !== "conflict" && error.code !== "refused"))
          throw error;
        if (error.code === "conflict") {
          results.push({ file, skipped: error.message });
          if (!json) io.out(`${error.message} (--allow-duplicate imports it anyway)`);
        } else {
          results.push({ file, refused: error.message });
          if (!json) io.err(error.message);
        }
      }
    }
    if (json) io.out(JSON.stringify({ results }, null, 2));
    // A skipped duplicate is not a failure: the library already holds the story.
    return results.some((r) => "refused" in r) ? 1 : 0;
  } finally {
    library.close();
  }
};
