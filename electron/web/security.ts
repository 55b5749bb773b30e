// The web host's gatekeeping: only the browser that opened this launch's printed address,
// on loopback, from our own origin, may see the page or call the library.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parseCookie, stringifySetCookie } from "cookie";

/**
 * The page's policy. connect-src is our own origin plus, for a library on a desk, exactly the
 * desk server's address (its WebSocket origin) and nothing else.
 */
export function contentSecurityPolicy(deskAddress: string | null = null): string {
  let desk = "";
  if (deskAddress) {
    const url = new URL(deskAddress);
    if (url.protocol === "ws:" || url.protocol === "wss:") desk = ` ${url.protocol}//${url.host}`;
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${desk}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The query parameter of the printed address that carries the one-time launch token. */
export const LAUNCH_TOKEN_PARAM = "token";

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Constant-time comparison of any two strings. Hashing first gives equal lengths, so a
 * guess of another length or with non-ASCII characters is simply wrong, never an error.
 */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Host must name our own loopback address: this defeats DNS rebinding. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * A call must come from our own origin. Browsers send Origin on every POST and
 * Sec-Fetch-Site on every request; a page on another local port is "same-site" (so the
 * SameSite cookie alone would not stop it) but never "same-origin".
 */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`)
    return false;
  const site = req.headers["sec-fetch-site"];
  return site === undefined || site === "same-origin" || site === "none";
}

/**
 * The session cookie's name carries the port: cookies are shared by every port of a
 * host, so two Copydesks on one machine would otherwise log each other out.
 */
export function sessionCookieName(port: number): string {
  return `copydesk-session-${port}`;
}

export function sessionCookie(port: number, secret: string): string {
  return stringifySetCookie({
    name: sessionCookieName(port),
    value: secret,
    httpOnly: true,
    sameSite: "strict",
    path: "/",
  });
}

/** The session cookie the request carries, if any. A malformed Cookie header carries none. */
export function sessionFrom(req: IncomingMessage, port: number): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  try {
    return parseCookie(header)[sessionCookieName(port)];
  } catch {
    return undefined;
  }
}
