// One place where a call from any transport meets the service: look the call up,
// parse its input with the contract's schema, run it, and wrap the result in an envelope.
import { contract, isCallName } from "../../shared/api/contract.ts";
import { CopydeskError, type Envelope } from "../../shared/api/envelope.ts";
import { describeIssue } from "../../shared/api/parse.ts";
import type { Handlers } from "./handlers/context.ts";

/** Most calls answer at once; those that touch files answer with a Promise. Always await it. */
export type Dispatch = (name: string, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

export function createDispatch(
  handlers: Handlers,
  onInternalError: (error: unknown) => void = console.error,
): Dispatch {
  return (name, input) => {
    if (!isCallName(name))
      return { ok: false, error: { code: "bad-input", message: `Unknown call "${name}".` } };
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success)
      return { ok: false, error: { code: "bad-input", message: describeIssue(name, parsed.error) } };
    const failed = (error: unknown): Envelope<unknown> => {
      if (error instanceof CopydeskError)
        return { ok: false, error: { code: error.code, message: error.message } };
      onInternalError(error);
      return {
        ok: false,
        error: { code: "internal", message: "Something went wrong in the library; nothing was changed." },
      };
    };
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = handler(parsed.data);
      if (value instanceof Promise)
        return value.then((settled): Envelope<unknown> => ({ ok: true, value: settled }), failed);
      return { ok: true, value };
    } catch (error) {
      return failed(error);
    }
  };
}
