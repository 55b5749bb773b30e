// The HTTP pieces the web host answers with: status codes for the envelope's error codes,
// the headers every response carries, and reading a JSON body within a size limit.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiError, ErrorCode } from "../../shared/api/envelope.ts";
import { CONTENT_SECURITY_POLICY } from "./security.ts";

/** The caller's mistakes are 4xx; only the library's own trouble is 5xx. */
const STATUS_FOR: Record<ErrorCode, number> = {
  "bad-input": 400,
  refused: 403,
  "not-found": 404,
  conflict: 409,
  "library-unreadable": 503,
  internal: 500,
};

export function statusFor(code: ErrorCode): number {
  return STATUS_FOR[code] ?? 500;
}

export const TEXT = "text/plain; charset=utf-8";
export const HTML = "text/html; charset=utf-8";
export const JSON_TYPE = "application/json";

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": type,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
    "cache-control": "no-store",
    ...extra,
  });
  res.end(body);
}

export function sendError(res: ServerResponse, error: ApiError, status = statusFor(error.code)): void {
  send(res, status, JSON_TYPE, JSON.stringify({ ok: false, error }));
}

export type Body = { ok: true; text: string } | { ok: false; tooLarge: true };

/**
 * Read the whole body, or stop at `limit` bytes. A body that is too large is drained, not
 * cut off, so the caller can still read our 413 instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > limit) {
      req.resume();
      resolve({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      chunks.length = 0;
      req.resume();
      resolve({ ok: false, tooLarge: true });
    };
    req.on("data", onData);
    req.on("end", () => resolve({ ok: true, text: Buffer.concat(chunks).toString("utf8") }));
    req.on("error", reject);
  });
}
