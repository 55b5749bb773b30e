// `copydesk backup`, `copydesk restore FILE` and `copydesk check`: the library file's own
// commands. Each is a contract call through dispatch, as the app and the web host make it.
import { resolve } from "node:path";
import type { LibraryOptions, OpenLibrary } from "../library/index.ts";
import { call } from "./call.ts";
import type { Output } from "./command.ts";
import { readFlags } from "./flags.ts";
import { withLibrary } from "./library.ts";

type FileCommand = (argv: readonly string[], io: Output, env: NodeJS.ProcessEnv) => Promise<number>;

/** How the library is opened for these commands: backup progress on stderr, restore from any path. */
function fileOptions(io: Output): LibraryOptions {
  let shown = -1;
  return {
    // From the command line a backup may be restored from any path the user names.
    restoreFrom: "anywhere",
    onBackupProgress: ({ copiedPages, totalPages }) => {
      const percent = totalPages ? Math.floor((copiedPages / totalPages) * 100) : 100;
      if (percent >= shown + 25 || (percent === 100 && shown < 100)) {
        io.err(`Backing up… ${percent}%`);
        shown = percent;
      }
    },
  };
}

function withFileLibrary(
  fromFlag: string | undefined,
  env: NodeJS.ProcessEnv,
  io: Output,
  work: (library: OpenLibrary) => Promise<number>,
): Promise<number> {
  return withLibrary(fromFlag, env, work, fileOptions(io));
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

const backupCommand: FileCommand = (argv, io, env) => {
  const { values } = readFlags(argv, { list: { type: "boolean" } });
  return withFileLibrary(values.library, env, io, async (library) => {
    if (values.list) {
      const backups = await call(library, "library.backups", {});
      if (backups.length === 0) io.out("There are no backups yet.");
      for (const b of backups)
        io.out(`${b.createdAt}  ${megabytes(b.bytes).padStart(9)}  ${b.reason.padEnd(14)}  ${b.path}`);
      return 0;
    }
    const done = await call(library, "library.backup", {});
    io.out(`Backed up to ${done.path} (${megabytes(done.bytes)}); the folder keeps the newest ${done.kept}.`);
    return 0;
  });
};

const restoreCommand: FileCommand = (argv, io, env) => {
  const { values, positionals } = readFlags(argv, {});
  if (positionals.length !== 1) {
    io.err("usage: copydesk restore FILE   (a backup's path, or its name in the backup folder)");
    return Promise.resolve(2);
  }
  const [named] = positionals;
  return withFileLibrary(values.library, env, io, async (library) => {
    const backups = await call(library, "library.backups", {});
    const file = backups.some((b) => b.fileName === named) ? named : resolve(named);
    const done = await call(library, "library.restore", { file });
    io.out(`Restored ${done.restoredFrom} (${done.articles} articles).`);
    io.out(`The library as it was is kept as ${done.keptAs}.`);
    return 0;
  });
};

const checkCommand: FileCommand = (argv, io, env) => {
  const { values } = readFlags(argv, {});
  return withFileLibrary(values.library, env, io, async (library) => {
    const health = await call(library, "library.health", {});
    if (health.problem) io.err(health.problem);
    const check = await call(library, "library.check", {});
    if (check.ok) {
      io.out(`${library.path} is whole (integrity check passed).`);
      return 0;
    }
    io.out(`${library.path} is damaged:`);
    for (const problem of check.problems) io.out(`  ${problem}`);
    return 1;
  });
};

/** The commands themselves; their one-line usage is in main.ts's table. */
export const LIBRARY_FILE_COMMANDS: Record<"backup" | "restore" | "check", FileCommand> = {
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
};
