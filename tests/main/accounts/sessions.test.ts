/** Session tokens, their stored digest, expiry and the cookie (main/accounts/sessions.ts). */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  accountSessionCookie, clearedSessionCookie, newSessionRecord, newSessionToken, SESSION_POLICY, sessionExpired, sessionNeedsTouch,
  sessionTokenOf, tokenDigest,
} from '../../../main/accounts/sessions';

const T0 = Date.parse('2026-12-02T08:00:00Z');
const MIN = 60_000;

describe('session tokens', () => {
  it('are 32 random bytes, URL-safe, and stored only as their SHA-256', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    const rec = newSessionRecord(token, 'acc-1', T0);
    expect(rec).toEqual({ tokenHash: crypto.createHash('sha256').update(token).digest('hex'), accountId: 'acc-1',
      createdAt: '2026-12-02T08:00:00.000Z', lastSeenAt: '2026-12-02T08:00:00.000Z' });
    expect(JSON.stringify(rec)).not.toContain(token);
    expect(tokenDigest(token)).toBe(rec.tokenHash);
  });
});

describe('expiry', () => {
  it('ends a session after an hour idle or twelve hours after login', () => {
    expect(SESSION_POLICY).toMatchObject({ idleMs: 60 * MIN, absoluteMs: 12 * 60 * MIN });
    const rec = newSessionRecord('t', 'a', T0);
    expect(sessionExpired(rec, T0 + 59 * MIN)).toBe(false);
    expect(sessionExpired(rec, T0 + 60 * MIN)).toBe(true);
    const busy = { ...rec, lastSeenAt: new Date(T0 + 12 * 60 * MIN - MIN).toISOString() };
    expect(sessionExpired(busy, T0 + 12 * 60 * MIN - 1)).toBe(false);
    expect(sessionExpired(busy, T0 + 12 * 60 * MIN)).toBe(true);
  });

  it('writes the last-seen time at most once a minute', () => {
    const rec = newSessionRecord('t', 'a', T0);
    expect(sessionNeedsTouch(rec, T0 + MIN - 1)).toBe(false);
    expect(sessionNeedsTouch(rec, T0 + MIN)).toBe(true);
  });
});

describe('cookie', () => {
  it('is HttpOnly, Secure, SameSite=Strict, Path=/ with a __Host- name and no expiry', () => {
    expect(accountSessionCookie('abc')).toBe('__Host-vanthu=abc; Path=/; HttpOnly; Secure; SameSite=Strict');
    expect(clearedSessionCookie()).toBe('__Host-vanthu=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0');
  });

  it('is read back from a Cookie header among others', () => {
    expect(sessionTokenOf('vanthu-4000=x; __Host-vanthu=tok-1; other=y')).toBe('tok-1');
    expect(sessionTokenOf('vanthu-4000=x')).toBeUndefined();
    expect(sessionTokenOf('__Host-vanthu=')).toBeUndefined();
    expect(sessionTokenOf(undefined)).toBeUndefined();
  });
});
