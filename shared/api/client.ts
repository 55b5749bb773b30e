// The renderer's view of the library: one method per call in the contract.
import type { CallInput, CallName, CallOutput } from "./contract.ts";
import { CopydeskError, type Envelope } from "./envelope.ts";

export type CopydeskClient = {
  [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>>;
};

/** What a transport provides: send one call and get its envelope back. */
export type Send = (name: CallName, input: unknown) => Promise<Envelope<unknown>>;

/** Build a client over any transport; errors come back as CopydeskError. */
export function createClient(send: Send, names: readonly CallName[]): CopydeskClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    client[name] = async (input) => {
      const result = await send(name, input);
      if (result.ok) return result.value;
      throw new CopydeskError(result.error.code, result.error.message);
    };
  }
  return client as CopydeskClient;
}
