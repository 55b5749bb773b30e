// Reading a command's flags with Node's util.parseArgs; a flag the command does not know, or
// one missing its value, is a usage error with a message rather than a silent guess.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CopydeskError } from "../../shared/api/envelope.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The flag every command takes: which library file to use. */
export const LIBRARY_FLAG = { library: { type: "string" } } as const satisfies Options;

export function readFlags<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...argv],
      options: { ...LIBRARY_FLAG, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--formt'"; keep its words, drop its advice on "--".
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, ".");
    throw new CopydeskError("bad-input", message);
  }
}
