/**
 * Sessions of the local host. The launcher opens the browser at a one-time address
 * (`/?code=…`): the code is valid once, for a short time, and is exchanged for a random session
 * id kept in an HttpOnly, SameSite=Strict cookie. Only a browser holding that cookie gets the
 * page and the API; nothing secret is ever written into a page.
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** How long a launch code stays valid, in milliseconds. */
export const LAUNCH_CODE_TTL_MS = 60_000;

/** A fresh random secret (256 bits, URL-safe). */
export function newSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** One-time launch codes and the sessions they opened. */
export interface Sessions {
  /** A new one-time launch code. */
  newCode(): string;
  /** Uses `code` up (valid or not); returns a new session id when it was valid, else null. */
  redeem(code: string): string | null;
  /** Whether `id` is a session this host opened. */
  valid(id: string | undefined): boolean;
}

/** Options of createSessions. */
export interface SessionOptions {
  /** Life of a launch code (default LAUNCH_CODE_TTL_MS). */
  codeTtlMs?: number;
  /** Clock (tests). */
  now?: () => number;
}

/** The in-memory session store of one host: a restart forgets every session. */
export function createSessions(opts: SessionOptions = {}): Sessions {
  const ttl = opts.codeTtlMs ?? LAUNCH_CODE_TTL_MS;
  const now = opts.now ?? Date.now;
  const codes = new Map<string, number>();
  const sessions = new Set<string>();
  return {
    newCode() {
      const t = now();
      for (const [code, expires] of codes) if (expires <= t) codes.delete(code);
      const code = newSecret();
      codes.set(code, t + ttl);
      return code;
    },
    redeem(code) {
      const expires = codes.get(code);
      codes.delete(code);
      if (expires === undefined || expires <= now()) return null;
      const id = newSecret();
      sessions.add(id);
      return id;
    },
    valid(id) {
      return typeof id === 'string' && sessions.has(id);
    },
  };
}

/** Name of the session cookie of the host on `port` (cookies ignore ports, so the name carries it). */
export function cookieName(port: number): string {
  return `vanthu-${port}`;
}

/**
 * The Set-Cookie value opening session `id`: HttpOnly, SameSite=Strict, for the browser session;
 * also `Secure` when the host is served over HTTPS (`vanthu server`).
 */
export function sessionCookie(port: number, id: string, secure = false): string {
  return `${cookieName(port)}=${id}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The session id a request carries in its cookie, if any. */
export function sessionOf(req: IncomingMessage, port: number): string | undefined {
  const name = cookieName(port);
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
