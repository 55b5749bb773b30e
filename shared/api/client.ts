// The renderer's view of the library: one method per call in the contract.
import { type CallInput, type CallName, type CallOutput, contract } from "./contract.ts";
import { CopydeskError, type Envelope, envelope } from "./envelope.ts";
import { describeIssue } from "./parse.ts";

export type CopydeskClient = {
  [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>>;
};

/** What a transport provides: send one call and get its envelope back. */
export type Send = (name: CallName, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Build a client over any transport; errors come back as CopydeskError. Every answer is checked
 * against the call's output schema, so the renderer never works on a shape it did not ask for
 * (the value is handed on as it came: a schema that forgot a field must not drop it).
 */
export function createClient(send: Send, names: readonly CallName[]): CopydeskClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    client[name] = async (input) => {
      const answer = envelope.safeParse(await send(name, input));
      if (!answer.success)
        throw new CopydeskError(
          "internal",
          `The library's answer to ${name} was not one Copydesk understands.`,
        );
      const result = answer.data;
      if (!result.ok) throw new CopydeskError(result.error.code, result.error.message);
      const checked = contract[name].output.safeParse(result.value);
      if (!checked.success)
        throw new CopydeskError(
          "internal",
          `The library's answer did not match the contract: ${describeIssue(name, checked.error)}`,
        );
      return result.value;
    };
  }
  return client as CopydeskClient;
}
