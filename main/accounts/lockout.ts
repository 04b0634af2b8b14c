/**
 * Lock-out after repeated wrong passwords, counted per account: LOCKOUT.maxFailures failures, each
 * within LOCKOUT.windowMs of the previous one, lock the account for LOCKOUT.lockMs. While locked,
 * even the right password is refused; the lock ends by itself or when an administrator unlocks it.
 * Pure functions over the stored record and a clock (milliseconds since the epoch).
 */

/** The lock-out policy (docs/accounts.md). */
export const LOCKOUT = {
  /** Wrong passwords in a row that lock the account. */
  maxFailures: 5,
  /** How long a lock lasts. */
  lockMs: 15 * 60_000,
  /** A failure older than this (since the previous one) starts the count again. */
  windowMs: 15 * 60_000,
} as const;

/** What an account stores about its failed logins. */
export interface LockoutRecord {
  /** Wrong passwords in a row since the last success, lock or unlock. */
  failures: number;
  /** When the last wrong password was given (ISO), or null. */
  lastFailureAt: string | null;
  /** Until when the account is locked (ISO), or null. */
  lockedUntil: string | null;
}

/** A record with no failures and no lock. */
export const CLEAR_LOCKOUT: Readonly<LockoutRecord> = { failures: 0, lastFailureAt: null, lockedUntil: null };

/** Whether `rec` is locked at time `now`. */
export function isLocked(rec: LockoutRecord, now: number): boolean {
  return rec.lockedUntil !== null && Date.parse(rec.lockedUntil) > now;
}

/** The record after a wrong password at `now`: counts it, and locks when the count reaches the limit. */
export function afterFailure(rec: LockoutRecord, now: number): LockoutRecord {
  if (isLocked(rec, now)) return rec;
  const recent = rec.lastFailureAt !== null && now - Date.parse(rec.lastFailureAt) <= LOCKOUT.windowMs;
  const failures = (recent ? rec.failures : 0) + 1;
  const at = new Date(now).toISOString();
  if (failures >= LOCKOUT.maxFailures) return { failures: 0, lastFailureAt: at, lockedUntil: new Date(now + LOCKOUT.lockMs).toISOString() };
  return { failures, lastFailureAt: at, lockedUntil: null };
}

/** The record after a successful login (the count starts again). */
export function afterSuccess(): LockoutRecord {
  return { ...CLEAR_LOCKOUT };
}

/** The record after an administrator unlocks the account. */
export function unlocked(): LockoutRecord {
  return { ...CLEAR_LOCKOUT };
}
