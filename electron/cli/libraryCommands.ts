// Commands on the library itself: `import`, `list` and `serve`.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { exportRoot } from "../library/exportFolders.ts";
import { createWorkerDispatch } from "../library/workerDispatch.ts";
import { startWebHost } from "../web/server.ts";
import { call } from "./call.ts";
import type { Command } from "./command.ts";
import { readFlags } from "./flags.ts";
import { cliLibraryPath, withLibrary } from "./library.ts";

const DEFAULT_PORT = 4860;
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const importCommand: Command = async (argv, io, env) => {
  const { values, positionals } = readFlags(argv, {});
  if (positionals.length === 0) {
    io.err("usage: copydesk import FILE...");
    return 2;
  }
  return withLibrary(values.library, env, async (library) => {
    let failed = 0;
    for (const file of positionals) {
      try {
        const text = readFileSync(file, "utf8");
        const article = await call(library, "articles.importText", { fileName: basename(file), text });
        io.out(`Imported ${file} as "${article.headline}" (${article.wordCount} words, id ${article.id})`);
      } catch (error) {
        // One file that cannot be read or is refused is reported; the rest still come in.
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          typeof code === "string" && code.startsWith("E")
            ? `cannot read it (${code})`
            : (error as Error).message;
        io.err(`${file}: ${why}; skipped.`);
        failed++;
      }
    }
    return failed ? 1 : 0;
  });
};

export const listCommand: Command = (argv, io, env) => {
  const { values } = readFlags(argv, { json: { type: "boolean" }, trash: { type: "boolean" } });
  return withLibrary(values.library, env, async (library) => {
    const articles = await call(library, "articles.list", { limit: 1000, trash: values.trash ?? false });
    if (values.json) io.out(JSON.stringify({ articles }, null, 2));
    else if (articles.length === 0) io.out("The library is empty.");
    else
      for (const a of articles)
        io.out(
          `${a.id}  ${a.status.padEnd(9)}  ${String(a.wordCount).padStart(6)} words  ${a.headline || "(untitled)"}`,
        );
    return 0;
  });
};

const port = z.coerce.number("--port takes a number.").int().min(0).max(65_535);

export const serveCommand: Command = async (argv, io, env) => {
  const { values } = readFlags(argv, { port: { type: "string" }, "export-root": { type: "string" } });
  // A stable address by default: the browser keeps unsaved-change backups per address.
  const requested = values.port ?? env.COPYDESK_PORT;
  const parsed = port.safeParse(requested ?? DEFAULT_PORT);
  if (!parsed.success) {
    io.err(`copydesk serve: --port must be a number from 0 to 65535, not "${requested}".`);
    return 2;
  }
  const rendererDir = join(projectRoot, "out", "renderer");
  try {
    readFileSync(join(rendererDir, "index.html"));
  } catch {
    io.err("The app is not built yet: run `npm run build` (or use `npm run web`).");
    return 1;
  }
  // The browser names export folders as text, so only folders under one root are taken.
  const exports = exportRoot(values["export-root"] ?? join(homedir(), "Copydesk Exports"));
  // The library runs in worker threads, so no query blocks the host's event loop.
  const library = await createWorkerDispatch(cliLibraryPath(values.library, env), {
    exportRoot: exports.root,
  });
  const host = await startWebHost({ dispatch: library.dispatch, rendererDir, port: parsed.data })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE" || requested !== undefined) throw error;
      io.err(`Port ${parsed.data} is busy (another Copydesk?); using a free one.`);
      return startWebHost({ dispatch: library.dispatch, rendererDir, port: 0 });
    })
    .catch(async (error: unknown) => {
      await library.close();
      throw error;
    });
  io.out(`Copydesk is served at ${host.launchUrl}`);
  io.out(`Library: ${library.path}`);
  io.out(`Exports go under: ${exports.root}`);
  io.out("Press Ctrl+C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await host.close();
  await library.close();
  return 0;
};
