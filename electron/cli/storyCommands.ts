// Commands that read a story: `quotes`, `review` and `export`.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Article } from "../../shared/api/schemas.ts";
import { importPlainText } from "../../shared/import/plainText.ts";
import { detectQuotes } from "../../shared/quotes/index.ts";
import { bodyFromText, isBlocker, reviewArticle, reviewText } from "../../shared/review/index.ts";
import { exportRoot, realFolder } from "../library/exportFolders.ts";
import { renderExport, writeExport, type ExportFormat } from "../library/exportService.ts";
import { openBlockersOf, reviewStoredArticle } from "../library/reviewService.ts";
import { flagString } from "./args.ts";
import type { Command } from "./commands.ts";
import { withLibrary } from "./library.ts";
import { readStoryFile } from "./storyFile.ts";

const looksLikeFile = (arg: string) => existsSync(arg) || /[./\\]/.test(arg);

export const quotesCommand: Command = (args, io) => {
  const [file] = args.positional;
  if (!file) {
    io.err("usage: copydesk quotes FILE [--json]");
    return 2;
  }
  const story = readStoryFile(file);
  const quotes = detectQuotes(story.text).map((q) => ({
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker,
    cue: q.cue,
    confidence: Math.round(q.confidence * 100) / 100,
  }));
  if (args.flags.has("json")) io.out(JSON.stringify({ quotes }, null, 2));
  else
    for (const q of quotes)
      io.out(
        `${String(q.start).padStart(6)}  ${q.kind.padEnd(7)}  ${q.speaker ?? "(no speaker)"}: “${q.text}”`,
      );
  return 0;
};

export const reviewCommand: Command = (args, io, env) => {
  const [target] = args.positional;
  if (!target) {
    io.err("usage: copydesk review FILE|ID [--json]");
    return 2;
  }
  let findings;
  let open: number;
  if (looksLikeFile(target)) {
    const story = readStoryFile(target);
    findings = story.body ? reviewArticle({ body: story.body, sources: [] }) : reviewText(story.text);
    open = findings.filter(isBlocker).length;
  } else {
    const library = withLibrary(args, env);
    try {
      const article = library.service["articles.get"]({ id: target });
      findings = reviewStoredArticle(library.store, article.id, article.body);
      open = openBlockersOf(library.store, article.id, article.body).length;
    } finally {
      library.close();
    }
  }
  const out = findings.map(({ rule, severity, message, excerpt, start, end }) => ({
    rule,
    severity,
    message,
    excerpt,
    start,
    end,
  }));
  if (args.flags.has("json")) io.out(JSON.stringify({ findings: out }, null, 2));
  else {
    for (const f of out)
      io.out(`${f.severity.padEnd(8)} ${f.rule.padEnd(30)} ${f.start}-${f.end}  ${f.message}`);
    io.out(
      `${out.length} finding${out.length === 1 ? "" : "s"}, ${open} open blocker${open === 1 ? "" : "s"}.`,
    );
  }
  return open > 0 ? 1 : 0;
};

/** An article read from a file, shaped like a stored one so the exporter can take it. */
function articleFromFile(path: string): Article {
  const story = readStoryFile(path);
  const imported = story.body ? null : importPlainText(story.text);
  const now = new Date().toISOString();
  const headline = imported?.headline ?? basename(path).replace(/\.[^.]+$/, "");
  return {
    id: basename(path),
    slug: basename(path)
      .replace(/\.[^.]+$/, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-"),
    headline,
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

const FORMATS: ExportFormat[] = ["html", "fragment", "ninjs"];

export const exportCommand: Command = async (args, io, env) => {
  const format = (flagString(args, "format") ?? "html") as ExportFormat;
  if (!FORMATS.includes(format))
    throw new CopydeskError("bad-input", `--format must be one of ${FORMATS.join(", ")}.`);
  const out = flagString(args, "out");
  const options = {
    typography: !args.flags.has("no-typography"),
    quoteAttributes: args.flags.has("quote-attributes"),
  };
  const publishReady = args.flags.has("publish-ready");
  // An existing file is replaced only when the user says so.
  const overwrite = args.flags.has("overwrite");

  if (args.flags.has("all")) {
    if (!out) throw new CopydeskError("bad-input", "export --all needs --out DIR.");
    // The folder named on the command line is the one export root this run may write under.
    const library = withLibrary(args, env, { exportFolders: exportRoot(resolve(out)) });
    try {
      // Every article, however many (the API pages at 1,000; the CLI reads the store directly).
      const articles = library.store.listArticles({ limit: Number.MAX_SAFE_INTEGER });
      let failed = 0;
      for (const a of articles) {
        // One refused article (the publish gate) is reported; the rest still go out.
        try {
          const written = await library.service["export.toFolder"]({
            articleId: a.id,
            format,
            options,
            publishReady,
            overwrite,
            folder: resolve(out),
          });
          io.out(written.path);
        } catch (error) {
          failed++;
          io.err(`${a.slug}: ${(error as Error).message}`);
        }
      }
      io.err(`Exported ${articles.length - failed} of ${articles.length} articles to ${resolve(out)}.`);
      return failed ? 1 : 0;
    } finally {
      library.close();
    }
  }

  const [target] = args.positional;
  if (!target) {
    io.err(
      "usage: copydesk export ID|FILE --format html|fragment|ninjs [--out PATH]\n       copydesk export --all --format html --out DIR",
    );
    return 2;
  }
  let rendered;
  if (looksLikeFile(target)) {
    rendered = renderExport(articleFromFile(target), [], format, options);
  } else {
    const library = withLibrary(args, env);
    try {
      rendered = library.service["export.render"]({ articleId: target, format, options, publishReady });
    } finally {
      library.close();
    }
  }
  if (out) {
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
  } else io.out(rendered.content);
  return 0;
};
