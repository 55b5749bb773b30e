// Entry point of the `copydesk` command line.
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Command, Output } from "./command.ts";
import { deskServerCommand } from "./deskServerCommand.ts";
import { exportCommand } from "./exportCommand.ts";
import { importCommand } from "./importCommand.ts";
import { listCommand, serveCommand } from "./libraryCommands.ts";
import { LIBRARY_FILE_COMMANDS } from "./libraryFileCommands.ts";
import { quotesCommand, reviewCommand } from "./storyCommands.ts";

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  import: {
    run: importCommand,
    usage: "import FILE|FOLDER... [--allow-duplicate] [--json]  import stories: text, Markdown, HTML, Word",
  },
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
    usage:
      "review FILE|ID [--json]   attribution findings (the app's, for an ID); exits 1 while a blocker is open",
  },
  export: {
    run: exportCommand,
    usage:
      "export ID|FILE --format html|fragment|ninjs [--out PATH] [--overwrite] [--publish-ready [--override-reason TEXT]]\n  copydesk export --all --format html --out DIR [--overwrite]",
  },
  "desk-server": {
    run: deskServerCommand,
    usage:
      "desk-server [--port N] [--host ADDR] [--data DIR] [--redis HOST:PORT]  run the desk server editors sync with\n  copydesk desk-server add-editor NAME [--read-only] | revoke NAME | list [--json]  [--data DIR]",
  },
  // backup, restore, check: the library file's own commands.
  ...LIBRARY_FILE_COMMANDS,
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
    return await command.run(rest, io, process.env);
  } catch (error) {
    io.err(`copydesk ${name}: ${describeError(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
