// `copydesk export`: one article (from the library, or a story file) or the whole library,
// in one of the export formats, optionally through the publish gate.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { CallInput } from "../../shared/api/contract.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Article } from "../../shared/api/schemas.ts";
import { slugify } from "../../shared/article/slug.ts";
import { exportFormat } from "../../shared/export/format.ts";
import { importPlainText } from "../../shared/import/plainText.ts";
import { bodyFromText } from "../../shared/review/index.ts";
import { type RenderedExport, renderExport, writeExport } from "../library/exportService.ts";
import { exportRoot, realFolder } from "../library/exportFolders.ts";
import type { OpenLibrary } from "../library/index.ts";
import { call } from "./call.ts";
import type { Command, Output } from "./command.ts";
import { readFlags } from "./flags.ts";
import { withLibrary } from "./library.ts";
import { looksLikeFile } from "./storyCommands.ts";
import { readStoryFile } from "./storyFile.ts";

const USAGE = `usage: copydesk export ID|FILE --format ${exportFormat.options.join("|")} [--out PATH] [--overwrite] [--publish-ready [--override-reason TEXT]]
       copydesk export --all --format html --out DIR [--overwrite] [--inline-pictures]`;

const FLAGS = {
  format: { type: "string", default: "html" },
  out: { type: "string" },
  all: { type: "boolean" },
  "publish-ready": { type: "boolean" },
  "override-reason": { type: "string" },
  "no-typography": { type: "boolean" },
  "quote-attributes": { type: "boolean" },
  // An existing file is replaced only when the user says so.
  overwrite: { type: "boolean" },
  // Batch export: pictures inline in each page instead of files in images/ beside them.
  "inline-pictures": { type: "boolean" },
} as const;

type ExportRequest = Omit<CallInput<"export.toFolder">, "articleId" | "folder">;

/** An article read from a file, shaped like a stored one so the exporter can take it. */
function articleFromFile(path: string): Article {
  const story = readStoryFile(path);
  const imported = story.body ? null : importPlainText(story.text);
  const now = new Date().toISOString();
  const name = basename(path).replace(/\.[^.]+$/, "");
  return {
    id: basename(path),
    slug: slugify(name),
    headline: imported?.headline ?? name,
    dek: "",
    byline: "",
    dateline: "",
    section: "",
    tags: [],
    status: "draft",
    body: story.body ?? imported?.body ?? bodyFromText(story.text),
    wordCount: 0,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    deletedAt: null,
  };
}

/** Every article in the library, a page at a time as the API hands them out. */
async function allArticles(library: OpenLibrary) {
  const articles = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(library, "articles.list", { limit: 1000, offset });
    articles.push(...page);
    if (page.length < 1000) return articles;
  }
}

async function exportAll(library: OpenLibrary, request: ExportRequest, folder: string, io: Output) {
  let done = 0;
  let failed = 0;
  for (const a of await allArticles(library)) {
    // One refused article (the publish gate) is reported; the rest still go out.
    try {
      io.out((await call(library, "export.toFolder", { ...request, articleId: a.id, folder })).path);
      done++;
    } catch (error) {
      failed++;
      io.err(`${a.slug}: ${(error as Error).message}`);
    }
  }
  io.err(`Exported ${done} of ${done + failed} articles to ${folder}.`);
  return failed ? 1 : 0;
}

async function write(io: Output, out: string | undefined, rendered: RenderedExport, overwrite: boolean) {
  if (!out) return io.out(rendered.content);
  // An existing folder gets the file under its slug name; anything else is the file itself.
  const path = resolve(out);
  const isFolder = existsSync(path) && statSync(path).isDirectory();
  const written = isFolder
    ? await writeExport(await realFolder(path), rendered, { overwrite })
    : await writeExport(
        await realFolder(dirname(path)),
        { ...rendered, fileName: basename(path) },
        { overwrite },
      );
  io.err(`Wrote ${written}`);
}

export const exportCommand: Command = async (argv, io, env) => {
  const { values, positionals } = readFlags(argv, FLAGS);
  const format = exportFormat.safeParse(values.format);
  if (!format.success)
    throw new CopydeskError("bad-input", `--format must be one of ${exportFormat.options.join(", ")}.`);
  const reason = values["override-reason"];
  if (reason !== undefined && !values["publish-ready"])
    throw new CopydeskError("bad-input", "--override-reason goes with --publish-ready.");
  const overwrite = values.overwrite ?? false;
  const request: ExportRequest = {
    format: format.data,
    options: { typography: !values["no-typography"], quoteAttributes: values["quote-attributes"] ?? false },
    publishReady: values["publish-ready"] ?? false,
    ...(reason !== undefined ? { override: { reason } } : {}),
  };
  if (values.all) {
    if (!values.out) throw new CopydeskError("bad-input", "export --all needs --out DIR.");
    const folder = resolve(values.out);
    // The folder named on the command line is the one export root this run may write under.
    return withLibrary(
      values.library,
      env,
      (library) =>
        exportAll(
          library,
          { ...request, overwrite, inlinePictures: values["inline-pictures"] ?? false },
          folder,
          io,
        ),
      {
        exportFolders: exportRoot(folder),
      },
    );
  }
  const [target] = positionals;
  if (!target) {
    io.err(USAGE);
    return 2;
  }
  if (looksLikeFile(target)) {
    if (request.publishReady)
      throw new CopydeskError(
        "bad-input",
        "--publish-ready reviews a library article: import the file first.",
      );
    await write(
      io,
      values.out,
      renderExport(articleFromFile(target), [], request.format, request.options),
      overwrite,
    );
    return 0;
  }
  const rendered = await withLibrary(values.library, env, async (library) => {
    try {
      return await call(library, "export.render", { ...request, articleId: target });
    } catch (error) {
      // The gate's refusal says "override with a reason": say how, here.
      if (error instanceof CopydeskError && error.code === "refused" && !reason)
        throw new CopydeskError("refused", `${error.message} (--override-reason "why")`);
      throw error;
    }
  });
  await write(io, values.out, rendered, overwrite);
  return 0;
};
