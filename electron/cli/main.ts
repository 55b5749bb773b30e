// Entry point of the `copydesk` command line.
import { parseArgs } from "./args.ts";
import { COMMANDS, describeError, type Output } from "./commands.ts";
import { LIBRARY_FILE_COMMANDS } from "./libraryFileCommands.ts";

const io: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function usage(): string {
  const lines = [...Object.values(COMMANDS), ...Object.values(LIBRARY_FILE_COMMANDS)].map(
    (c) => `  copydesk ${c.usage}`,
  );
  return ["usage:", ...lines, "", "  --library PATH   the library file (or set COPYDESK_LIBRARY)"].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  const fileCommand = Object.hasOwn(LIBRARY_FILE_COMMANDS, name) ? LIBRARY_FILE_COMMANDS[name] : undefined;
  if (fileCommand) {
    return fileCommand.run(rest, io, process.env).catch((error: unknown) => {
      io.err(`copydesk ${name}: ${describeError(error)}`);
      return 1;
    });
  }
  if (!command) {
    io.err(`copydesk: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest), io, process.env);
  } catch (error) {
    io.err(`copydesk ${name}: ${describeError(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
