// `copydesk import FILE|FOLDER... [--allow-duplicate] [--json]`: each file (a folder: each
// .txt, .md, .html or .docx file in it) becomes an article, or
// is refused by name with the reason (not a story, unreadable) while the rest go on. A file
// imported before is skipped, so a batch retried after a crash adds nothing twice.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { notTextMessage, sniffBytes } from "../../shared/import/sniff.ts";
import { isStoryFileName } from "../../shared/import/storyFiles.ts";
import { decodeStoryBytes } from "../library/import/decodeText.ts";
import { call } from "./call.ts";
import type { Command } from "./command.ts";
import { readFlags } from "./flags.ts";
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

/** The files named, each folder replaced by the story files in it and its subfolders (by name). */
function storyFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      return [path]; // reported as unreadable by name below
    }
    if (!folder) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && isStoryFileName(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  });
}

export const importCommand: Command = async (argv, io, env) => {
  const { values, positionals } = readFlags(argv, {
    json: { type: "boolean" },
    "allow-duplicate": { type: "boolean" },
  });
  if (positionals.length === 0) {
    io.err("usage: copydesk import FILE|FOLDER... [--allow-duplicate] [--json]");
    return 2;
  }
  const json = values.json ?? false;
  const allowDuplicate = values["allow-duplicate"] ?? false;
  return withLibrary(values.library, env, async (library) => {
    const results: FileResult[] = [];
    const report = (result: FileResult, line: string, toErr = false) => {
      results.push(result);
      if (!json) (toErr ? io.err : io.out)(line);
    };
    for (const file of storyFiles(positionals)) {
      const read = readStoryFile(file);
      if ("refused" in read) {
        report({ file, refused: read.refused }, read.refused, true);
        continue;
      }
      try {
        // Text goes as text (held to the story limits as typed); a Word file goes as bytes.
        const fileName = basename(file);
        const { article, notes } = sniffBytes(read.bytes)?.word
          ? await call(library, "articles.importFile", {
              fileName,
              data: read.bytes.toString("base64"),
              allowDuplicate,
            })
          : {
              article: await call(library, "articles.importText", {
                fileName,
                text: decodeStoryBytes(read.bytes),
                allowDuplicate,
              }),
              notes: [] as string[],
            };
        const imported = { id: article.id, headline: article.headline, wordCount: article.wordCount };
        report(
          { file, imported, notes },
          [
            `Imported ${file} as "${article.headline}" (${article.wordCount} words, id ${article.id})`,
            ...notes.map((n) => `  ${n}`),
          ].join("\n"),
        );
      } catch (error) {
        if (!(error instanceof CopydeskError)) throw error;
        if (error.code === "conflict")
          report({ file, skipped: error.message }, `${error.message} (--allow-duplicate imports it anyway)`);
        else report({ file, refused: error.message }, `${file}: ${error.message}; skipped.`, true);
      }
    }
    if (json) io.out(JSON.stringify({ results }, null, 2));
    // A skipped duplicate is not a failure: the library already holds the story.
    return results.some((r) => "refused" in r) ? 1 : 0;
  });
};
