// Entry point of the `copydesk` command line. Each command's module is loaded only when it
// runs: `copydesk serve` never loads the import readers, `copydesk quotes` never the library.
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Command, Output } from "./command.ts";

const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  import: {
    load: async () => (await import("./importCommand.ts")).importCommand,
    usage: "import FILE|FOLDER... [--allow-duplicate] [--json]  import stories: text, Markdown, HTML, Word",
  },
  list: {
    load: async () => (await import("./libraryCommands.ts")).listCommand,
    usage: "list [--json] [--trash]   list the library's articles",
  },
  serve: {
    load: async () => (await import("./serveCommand.ts")).serveCommand,
    usage: "serve [--port N] [--export-root DIR]  serve the app on 127.0.0.1 for a browser",
  },
  quotes: {
    load: async () => (await import("./storyCommands.ts")).quotesCommand,
    usage: "quotes FILE [--json]      the quotations in a story and who said them",
  },
  review: {
    load: async () => (await import("./storyCommands.ts")).reviewCommand,
    usage:
      "review FILE|ID [--json]   attribution findings (the app's, for an ID); exits 1 while a blocker is open",
  },
  export: {
    load: async () => (await import("./exportCommand.ts")).exportCommand,
    usage:
      "export ID|FILE --format html|fragment|ninjs [--out PATH] [--overwrite] [--publish-ready [--override-reason TEXT]]\n  copydesk export --all --format html --out DIR [--overwrite]",
  },
  // backup, restore, check: the library file's own commands.
  backup: {
    load: async () => (await import("./libraryFileCommands.ts")).LIBRARY_FILE_COMMANDS.backup,
    usage: "backup [--list]           back up the library beside it (or list backups)",
  },
  restore: {
    load: async () => (await import("./libraryFileCommands.ts")).LIBRARY_FILE_COMMANDS.restore,
    usage: "restore FILE              put a backup back (the library is kept first)",
  },
  check: {
    load: async () => (await import("./libraryFileCommands.ts")).LIBRARY_FILE_COMMANDS.check,
    usage: "check                     run SQLite's full integrity check",
  },
};

const io: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  copydesk ${c.usage}`);
  return ["usage:", ...lines, "", "  --library PATH   the library file (or set COPYDESK_LIBRARY)"].join("\n");
}

function describeError(error: unknown): string {
  if (error instanceof CopydeskError) return error.message;
  return `Unexpected error: ${(error as Error).stack ?? String(error)}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`copydesk: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await (
      await command.load()
    )(rest, io, process.env);
  } catch (error) {
    io.err(`copydesk ${name}: ${describeError(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
