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
  | { file: string; imported: { id: string; headline: string; wordCount: number }; notes: string[] }
  | { file: string; skipped: string }
  | { file: string; refused: string };

function readStoryFile(file: string): { bytes: Buffer } | { refused: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      refused: `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"}); skipped.`,
    };
  }
  // Word files are read by the library (mammoth); other binaries are refused here, by path.
  const notText = sniffBytes(bytes);
  return notText && !notText.word ? { refused: notTextMessage(file, notText) } : { bytes };
}

export const importCommand: Command = async (args, io, env) => {
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
      const read = readStoryFile(file);
      if ("refused" in read) {
        results.push({ file, refused: read.refused });
        if (!json) io.err(read.refused);
        continue;
      }
      try {
        const { article, notes } = await library.service["articles.importFile"]({
          fileName: basename(file),
          data: read.bytes.toString("base64"),
          allowDuplicate,
        });
        results.push({
          file,
          imported: { id: article.id, headline: article.headline, wordCount: article.wordCount },
          notes,
        });
        if (!json) {
          io.out(`Imported ${file} as "${article.headline}" (${article.wordCount} words, id ${article.id})`);
          for (const note of notes) io.out(`  ${note}`);
        }
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
