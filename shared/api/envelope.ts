// Results cross a transport as an envelope so an error keeps its code and message.
import { z } from "zod";

export const errorCode = z.enum([
  "bad-input",
  "not-found",
  "conflict",
  "refused",
  "library-unreadable",
  "internal",
  /** A search answered without running: a newer one from the same box replaced it. */
  "superseded",
]);
export type ErrorCode = z.infer<typeof errorCode>;

export const apiError = z.object({ code: errorCode, message: z.string() });
export type ApiError = z.infer<typeof apiError>;

/** What a transport hands back, as it comes off the wire (the value is checked by its call). */
export const envelope = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiError }),
]);

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error the service means to show the user, with a code the renderer can act on. */
export class CopydeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
