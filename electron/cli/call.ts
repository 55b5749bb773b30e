// The CLI calls the library as both transports do: through dispatch, so every input is parsed
// by the contract's schema and held to the same limits, and errors come back in the envelope.
import type { CallInput, CallName, CallOutput } from "../../shared/api/contract.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { OpenLibrary } from "../library/index.ts";

export async function call<N extends CallName>(
  library: OpenLibrary,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const result = await library.dispatch(name, input);
  if (!result.ok) throw new CopydeskError(result.error.code, result.error.message);
  return result.value as CallOutput<N>;
}
