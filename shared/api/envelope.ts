// Results cross a transport as an envelope so an error keeps its code and message.
export type ErrorCode =
  | "bad-input"
  | "not-found"
  | "conflict"
  | "refused"
  | "library-unreadable"
  | "internal"
  /** A search answered without running: a newer one from the same box replaced it. */
  | "superseded";

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error the service means to show the user, with a code the renderer can act on. */
export class CopydeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
