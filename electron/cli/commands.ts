// The CLI's commands. Each gets the parsed arguments and an output sink, and returns
// the process exit code. They run the same service as the app.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { exportRoot } from "../library/exportFolders.ts";
import { startWebHost } from "../web/server.ts";
import { type Args, flagString } from "./args.ts";
import { withLibrary } from "./library.ts";
import { exportCommand, quotesCommand, reviewCommand } from "./storyCommands.ts";

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export type Command = (args: Args, io: Output, env: NodeJS.ProcessEnv) => Promise<number> | number;

const DEFAULT_PORT = 4860;

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const importCommand: Command = (args, io, env) => {
  if (args.positional.length === 0) {
    io.err("usage: copydesk import FILE...");
    return 2;
  }
  const library = withLibrary(args, env);
  try {
    let failed = 0;
    for (const file of args.positional) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        io.err(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"}); skipped.`);
        failed++;
        continue;
      }
      const article = library.service["articles.importText"]({ fileName: basename(file), text });
      io.out(`Imported ${file} as "${article.headline}" (${article.wordCount} words, id ${article.id})`);
    }
    return failed ? 1 : 0;
  } finally {
    library.close();
  }
};

const listCommand: Command = (args, io, env) => {
  const library = withLibrary(args, env);
  try {
    const articles = library.service["articles.list"]({ limit: 1000, trash: args.flags.has("trash") });
    if (args.flags.has("json")) {
      io.out(JSON.stringify({ articles }, null, 2));
    } else if (articles.length === 0) {
      io.out("The library is empty.");
    } else {
      for (const a of articles) {
        io.out(
          `${a.id}  ${a.status.padEnd(9)}  ${String(a.wordCount).padStart(6)} words  ${a.headline || "(untitled)"}`,
        );
      }
    }
    return 0;
  } finally {
    library.close();
  }
};

const serveCommand: Command = async (args, io, env) => {
  // The browser names export folders as text, so only folders under one root are taken.
  const exports = exportRoot(flagString(args, "export-root") ?? join(homedir(), "Copydesk Exports"));
  const library = withLibrary(args, env, { exportFolders: exports });
  const rendererDir = join(projectRoot, "out", "renderer");
  try {
    readFileSync(join(rendererDir, "index.html"));
  } catch {
    library.close();
    io.err("The app is not built yet: run `npm run build` (or use `npm run web`).");
    return 1;
  }
  // A stable address by default: the browser keeps unsaved-change backups per address.
  const requested = flagString(args, "port") ?? env.COPYDESK_PORT;
  const port = Number(requested ?? DEFAULT_PORT);
  const host = await startWebHost({ dispatch: library.dispatch, rendererDir, port }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE" || requested !== undefined) throw error;
      io.err(`Port ${port} is busy (another Copydesk?); using a free one.`);
      return startWebHost({ dispatch: library.dispatch, rendererDir, port: 0 });
    },
  );
  io.out(`Copydesk is served at ${host.launchUrl}`);
  io.out(`Library: ${library.store.path}`);
  io.out(`Exports go under: ${exports.root}`);
  io.out("Press Ctrl+C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await host.close();
  library.close();
  return 0;
};

export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  import: { run: importCommand, usage: "import FILE...            import plain-text stories" },
  list: { run: listCommand, usage: "list [--json] [--trash]   list the library's articles" },
  serve: {
    run: serveCommand,
    usage: "serve [--port N] [--export-root DIR]  serve the app on 127.0.0.1 for a browser",
  },
  quotes: {
    run: quotesCommand,
    usage: "quotes FILE [--json]      the quotations in a story and who said them",
  },
  review: {
    run: reviewCommand,
    usage: "review FILE|ID [--json]   attribution findings; exits 1 while a blocker is open",
  },
  export: {
    run: exportCommand,
    usage:
      "export ID|FILE --format html|fragment|ninjs [--out PATH] [--publish-ready] [--overwrite]\n  copydesk export --all --format html --out DIR [--overwrite]",
  },
};

export function describeError(error: unknown): string {
  if (error instanceof CopydeskError) return error.message;
  return `Unexpected error: ${(error as Error).stack ?? String(error)}`;
}
