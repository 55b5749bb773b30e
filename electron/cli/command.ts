// What a CLI command is: it gets its own arguments (after the command name), an output sink
// and the environment, and returns the process exit code.
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export type Command = (
  argv: readonly string[],
  io: Output,
  env: NodeJS.ProcessEnv,
) => Promise<number> | number;
