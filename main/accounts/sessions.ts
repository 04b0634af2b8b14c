/**
 * Login sessions of the office server. A session token is 32 random bytes (newSecret, the same
 * secret as the local host's sessions); only its SHA-256 is stored, so a copy of the database opens
 * no session. A session ends after SESSION_POLICY.idleMs without a request, or
 * SESSION_POLICY.absoluteMs after login, whichever comes first. The cookie follows the local
 * host's (main/host/session.ts: HttpOnly, SameSite=Strict, Path=/, no expiry so it ends with the
 * browser) and adds Secure, the server being HTTPS; its `__Host-` name makes the browser refuse it
 * without Secure, with a Domain or another Path.
 */
import crypto from 'node:crypto';
import { newSecret } from '../host/session';

/** The session policy (docs/accounts.md). */
export const SESSION_POLICY = {
  /** A session unused this long ends. */
  idleMs: 60 * 60_000,
  /** A session ends this long after login, used or not (a working day). */
  absoluteMs: 12 * 60 * 60_000,
  /** The last-seen time is written at most this often (not on every request). */
  touchEveryMs: 60_000,
} as const;

/** Name of the office server's session cookie. */
export const ACCOUNT_COOKIE = '__Host-vanthu';

/** A session as stored: never the token itself. */
export interface SessionRecord {
  /** SHA-256 of the token, hex. */
  tokenHash: string;
  /** The account it belongs to. */
  accountId: string;
  /** Login time (ISO). */
  createdAt: string;
  /** Time of the last request (ISO, written at most every SESSION_POLICY.touchEveryMs). */
  lastSeenAt: string;
}

/** A new session token (256 random bits, URL-safe): given to the browser only. */
export function newSessionToken(): string {
  return newSecret();
}

/** The stored form of `token`: its SHA-256, hex. */
export function tokenDigest(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The record of a session opened at `now` for `accountId` with `token`. */
export function newSessionRecord(token: string, accountId: string, now: number): SessionRecord {
  const at = new Date(now).toISOString();
  return { tokenHash: tokenDigest(token), accountId, createdAt: at, lastSeenAt: at };
}

/** Whether session `s` has ended at `now` (idle or absolute limit). */
export function sessionExpired(s: SessionRecord, now: number): boolean {
  return now - Date.parse(s.lastSeenAt) >= SESSION_POLICY.idleMs || now - Date.parse(s.createdAt) >= SESSION_POLICY.absoluteMs;
}

/** Whether the last-seen time of `s` is old enough to be written again at `now`. */
export function sessionNeedsTouch(s: SessionRecord, now: number): boolean {
  return now - Date.parse(s.lastSeenAt) >= SESSION_POLICY.touchEveryMs;
}

/** The Set-Cookie value giving the browser `token`: HttpOnly; Secure; SameSite=Strict; Path=/. */
export function accountSessionCookie(token: string): string {
  return `${ACCOUNT_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`;
}

/** The Set-Cookie value that removes the session cookie (logout). */
export function clearedSessionCookie(): string {
  return `${ACCOUNT_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;
}

/** The session token a Cookie header carries, if any. */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  for (const part of String(cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === ACCOUNT_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
