// The CLI calls the library as both transports do: through dispatch, so every input is parsed
// by the contract's schema and held to the same limits; and through the same client as the
// app, so every answer is checked against the contract and errors arrive as CopydeskError.
import { type CopydeskClient, createClient } from "../../shared/api/client.ts";
import { CALL_NAMES, type CallInput, type CallName, type CallOutput } from "../../shared/api/contract.ts";
import type { OpenLibrary } from "../library/index.ts";

const clients = new WeakMap<OpenLibrary, CopydeskClient>();

export function call<N extends CallName>(
  library: OpenLibrary,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  let client = clients.get(library);
  if (!client) {
    client = createClient(async (callName, callInput) => library.dispatch(callName, callInput), CALL_NAMES);
    clients.set(library, client);
  }
  return (client[name] as (input: CallInput<N>) => Promise<CallOutput<N>>)(input);
}
