// Export on the library side: render an article in a format, through the publish gate
// when asked for publish-ready output, and write it to a folder for batch export.
import { mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Article } from "../../shared/api/schemas.ts";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import {
  exportFragment,
  exportHtmlPage,
  exportNinjs,
  type ExportOptions,
} from "../../shared/export/index.ts";

export type ExportFormat = "html" | "fragment" | "ninjs";

export interface RenderedExport {
  content: string;
  fileName: string;
  mimeType: string;
}

export function renderExport(
  article: Article,
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

export function writeExport(folder: string, rendered: RenderedExport): string {
  if (!isAbsolute(folder)) throw new CopydeskError("bad-input", "Choose a folder by its full path.");
  try {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, rendered.fileName);
    writeFileSync(path, rendered.content);
    return path;
  } catch (error) {
    throw new CopydeskError("refused", `Could not write into ${folder}: ${(error as Error).message}`);
  }
}
