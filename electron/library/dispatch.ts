// One place where a call from any transport meets the service: look the call up,
// parse its input with the contract's schema, run it, and wrap the result in an envelope.
import { contract, isCallName } from "../../shared/api/contract.ts";
import { CopydeskError, type Envelope } from "../../shared/api/envelope.ts";
import type { Handlers } from "./service.ts";

/**
 * What a transport calls (web host, Electron IPC). The answer is a Promise: the library runs
 * in a worker thread (workerDispatch.ts), so the serving thread never waits on SQLite.
 */
export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/** A call answered on the calling thread: the CLI, tests, and inside the library's worker. */
export type SyncDispatch = (name: string, input: unknown) => Envelope<unknown>;

export function createDispatch(
  handlers: Handlers,
  onInternalError: (error: unknown) => void = console.error,
): SyncDispatch {
  return (name, input) => {
    if (!isCallName(name))
      return { ok: false, error: { code: "bad-input", message: `Unknown call "${name}".` } };
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join(".")})` : "";
      return {
        ok: false,
        error: { code: "bad-input", message: `${name}: ${issue?.message ?? "invalid input"}${where}` },
      };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      if (error instanceof CopydeskError)
        return { ok: false, error: { code: error.code, message: error.message } };
      onInternalError(error);
      return {
        ok: false,
        error: { code: "internal", message: "Something went wrong in the library; nothing was changed." },
      };
    }
  };
}

/** The same service answered in this thread, behind the transports' Promise-shaped dispatch. */
export function inProcessDispatch(sync: SyncDispatch): Dispatch {
  return async (name, input) => sync(name, input);
}
