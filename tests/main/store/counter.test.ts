/**
 * Numbering on both engines: contiguous numbers per sequence, nothing used up by a transaction that
 * fails, and 8 OS processes × 250 allocations at once giving exactly 1..2000 (no duplicate, no gap),
 * on one SQLite file and on a real PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../common/api/errors';
import { allocate, ensureCounters, lastNumber, openPostgresStore, openStore, parseStoreLocation, type PostgresLocation } from '../../../main/store';
import { removeClientScript, runClients } from './clients';
import { ENGINES, useEngines } from './engines';

const engines = useEngines();
afterAll(removeClientScript);

describe.each(ENGINES)('numbering on %s', (engine) => {
  it('gives 1, 2, 3 … per sequence, independently', async () => {
    const store = await engines.open(engine);
    ensureCounters(store);
    expect([allocate(store, 'NQ'), allocate(store, 'NQ'), allocate(store, 'CT'), allocate(store, 'NQ')]).toEqual([1, 2, 1, 3]);
    expect(lastNumber(store, 'NQ')).toBe(3);
    expect(lastNumber(store, 'TB')).toBe(0);
  });

  it('uses up no number when the transaction that took it fails', async () => {
    const store = await engines.open(engine);
    ensureCounters(store);
    expect(allocate(store, 'NQ')).toBe(1);
    expect(() => store.transaction(() => {
      expect(allocate(store, 'NQ')).toBe(2);
      expect(allocate(store, 'QD')).toBe(1);
      throw new Error('không ghi được tệp DOCX');
    })).toThrow('không ghi được tệp DOCX');
    expect(lastNumber(store, 'NQ')).toBe(1);
    expect(store.transaction(() => allocate(store, 'NQ'))).toBe(2);
    expect(allocate(store, 'QD')).toBe(1);
  });

  it('gives 8 concurrent processes × 250 allocations exactly the numbers 1..2000', async () => {
    const location = await engines.location(engine);
    const setup = openStore(location);
    ensureCounters(setup);
    setup.close();
    const results = await runClients(location, 'outgoing:NQ', 8, 250);
    const all = results.flatMap((r) => r.numbers);
    expect(all).toHaveLength(2000);
    expect(new Set(all).size).toBe(2000);
    expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    for (const r of results) expect(r.numbers).toEqual([...r.numbers].sort((a, b) => a - b));
    // Interleaved, not one process after another: some client's numbers are not one contiguous run.
    expect(results.some((r) => r.numbers[249] - r.numbers[0] > 249)).toBe(true);
    const check = openStore(location);
    expect(lastNumber(check, 'outgoing:NQ')).toBe(2000);
    check.close();
  }, 180_000);
});

describe('numbering on PostgreSQL, locks', () => {
  it('tells a client that waited too long for the counter to try again, and takes nothing', async () => {
    const location = parseStoreLocation(await engines.location('postgres')) as PostgresLocation;
    const holder = openPostgresStore(location);
    const waiter = openPostgresStore(location, { lock: 300 });
    ensureCounters(holder);
    let caught: unknown;
    holder.transaction(() => {
      expect(allocate(holder, 'NQ')).toBe(1);
      try {
        allocate(waiter, 'NQ');
      } catch (e) {
        caught = e;
      }
    });
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as Error).message).toMatch(/^Sổ đăng ký trên máy chủ PostgreSQL postgres:\/\/vanthu:\*\*\*@127\.0\.0\.1:\d+\/store_\d+ đang được người khác ghi quá lâu; thao tác này chưa ghi gì\. Hãy thử lại\.$/);
    expect(allocate(waiter, 'NQ')).toBe(2);
    holder.close();
    waiter.close();
  });
});
