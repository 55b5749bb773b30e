// Export on the library side: render an article in a format, through the publish gate
// when asked for publish-ready output, and write it into a folder (see exportFolders.ts for
// which folders may be written to).
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, open, rename, unlink } from "node:fs/promises";
import { basename, join } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Article } from "../../shared/api/schemas.ts";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import type { ExportFormat } from "../../shared/export/format.ts";
import { bounded, refuse } from "./exportFolders.ts";
import {
  exportFragment,
  exportHtmlPage,
  exportNinjs,
  type ExportArticle,
  type ExportOptions,
} from "../../shared/export/index.ts";

export interface RenderedExport {
  content: string;
  fileName: string;
  mimeType: string;
}

export function renderExport(
  article: Article & Pick<ExportArticle, "corrections">,
  sources: Source[],
  format: ExportFormat,
  options: ExportOptions = {},
): RenderedExport {
  // Only what the exporter may show: never contact notes or verification details, and
  // no name at all for a source on background or anonymous (their quotes stay unnamed).
  const people = sources
    .filter((s) => s.standing === "on-record")
    .map((s) => ({
      id: s.id,
      name: s.name,
      title: s.title,
      organization: s.organization,
    }));
  const slug = article.slug || "untitled";
  if (format === "ninjs") {
    return {
      content: `${JSON.stringify(exportNinjs(article, people, options), null, 2)}\n`,
      fileName: `${slug}.ninjs.json`,
      mimeType: "application/json",
    };
  }
  if (format === "fragment") {
    return {
      content: exportFragment(article, people, options),
      fileName: `${slug}.fragment.html`,
      mimeType: "text/html",
    };
  }
  return {
    content: exportHtmlPage(article, people, options),
    fileName: `${slug}.html`,
    mimeType: "text/html",
  };
}

export interface WriteOptions {
  /** The user said so: replace a file of that name (a regular file only, never through a link). */
  overwrite?: boolean;
}

/**
 * Write the export into `folder`, a real folder already checked by ExportFolders. A new file
 * is created exclusively (O_EXCL, so neither an existing file nor a link is written through);
 * a replacement is written beside it and renamed over the old name, which replaces a link
 * rather than following it. FIFOs and devices are never opened.
 */
export async function writeExport(
  folder: string,
  rendered: Pick<RenderedExport, "fileName" | "content">,
  options: WriteOptions = {},
): Promise<string> {
  const name = rendered.fileName;
  if (name !== basename(name) || name === "." || name === ".." || /[\\/\0]/.test(name))
    throw new CopydeskError("bad-input", `"${name}" is not a file name.`);
  const path = join(folder, name);
  if (options.overwrite) {
    const existing = await bounded(lstat(path), `Writing ${path}`).catch(() => null);
    if (existing && !existing.isFile() && !existing.isSymbolicLink())
      throw refuse(`${path} is not a file; nothing was replaced.`);
    const temporary = join(folder, `.${name}.${randomBytes(6).toString("hex")}.partial`);
    await writeNew(temporary, rendered.content);
    await bounded(rename(temporary, path), `Writing ${path}`).catch(async (error: unknown) => {
      await unlink(temporary).catch(() => {});
      throw refuse(`Could not replace ${path} (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
    });
    return path;
  }
  await writeNew(path, rendered.content);
  return path;
}

async function writeNew(path: string, content: string): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  let file;
  try {
    file = await bounded(open(path, flags, 0o644), `Writing ${path}`);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      throw new CopydeskError(
        "conflict",
        `${basename(path)} is already in that folder; nothing was replaced.`,
      );
    throw refuse(`Could not write ${path} (${code ?? "error"}).`);
  }
  try {
    await bounded(file.writeFile(content), `Writing ${path}`);
  } catch (error) {
    // No half-written export left behind under the final name.
    await file.close().catch(() => {});
    await unlink(path).catch(() => {});
    if (error instanceof CopydeskError) throw error;
    throw refuse(`Could not write ${path} (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
  }
  await file.close();
}
