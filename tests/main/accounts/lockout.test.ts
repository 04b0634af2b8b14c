/** Lock-out as pure functions over the stored record and a clock (main/accounts/lockout.ts). */
import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, CLEAR_LOCKOUT, isLocked, LOCKOUT, type LockoutRecord, unlocked } from '../../../main/accounts/lockout';

const T0 = Date.parse('2026-12-02T08:00:00Z');
const MIN = 60_000;

function fail(times: number, start = T0, step = MIN): LockoutRecord {
  let rec: LockoutRecord = { ...CLEAR_LOCKOUT };
  for (let i = 0; i < times; i++) rec = afterFailure(rec, start + i * step);
  return rec;
}

describe('lock-out', () => {
  it('locks after the fifth wrong password in a row, for 15 minutes', () => {
    expect(LOCKOUT).toEqual({ maxFailures: 5, lockMs: 15 * MIN, windowMs: 15 * MIN });
    const four = fail(4);
    expect(four.failures).toBe(4);
    expect(isLocked(four, T0 + 4 * MIN)).toBe(false);
    const five = fail(5);
    expect(isLocked(five, T0 + 4 * MIN)).toBe(true);
    expect(five.lockedUntil).toBe(new Date(T0 + 4 * MIN + 15 * MIN).toISOString());
    expect(isLocked(five, T0 + 4 * MIN + 15 * MIN - 1)).toBe(true);
    expect(isLocked(five, T0 + 4 * MIN + 15 * MIN)).toBe(false);
  });

  it('does not count failures while locked, and gives five new tries after the lock', () => {
    const locked = fail(5);
    expect(afterFailure(locked, T0 + 10 * MIN)).toEqual(locked);
    const later = afterFailure(locked, T0 + 30 * MIN);
    expect(later).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('forgets a failure older than the window', () => {
    const rec = afterFailure(fail(4), T0 + 3 * MIN + 16 * MIN);
    expect(rec.failures).toBe(1);
  });

  it('starts again after a success or an unlock', () => {
    expect(afterSuccess()).toEqual(CLEAR_LOCKOUT);
    expect(isLocked(unlocked(), T0)).toBe(false);
  });
});
