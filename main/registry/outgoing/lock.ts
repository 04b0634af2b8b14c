/**
 * The lock of one outgoing sequence (book, sequence code, period) for the transaction that reads its
 * highest number and writes the next. On SQLite the transaction (BEGIN IMMEDIATE) already holds the
 * whole file, so nothing more is needed. On PostgreSQL every client has its own connection: the
 * sequence's row in `store_counters` (key "out:<book>:<period>:<sequence>", created on first use) is
 * locked with SELECT … FOR UPDATE, so the clients numbering in one sequence queue on it, and each
 * reads, under the lock, the rows the previous holder committed (READ COMMITTED takes a new snapshot
 * per statement). The number itself is still derived from the register (highest serial, declared
 * floor: ./sequence.ts), so a returned reservation, a cancelled number and a failure that rolls back
 * keep their meaning exactly; the row is only the lock.
 */
import type { Ctx } from '../context';
import type { SequenceKey } from './numbering';

/** Locks the sequence of `s` in `bookId` until the current transaction ends (PostgreSQL; no-op on SQLite). */
export function lockSequence(ctx: Ctx, bookId: number, s: SequenceKey): void {
  const { store } = ctx;
  if (store.engine !== 'postgres') return;
  const key = `out:${bookId}:${s.period}:${s.seqCode}`;
  const locked = () => store.first(store.db.selectFrom('store_counters').select('value').where('key', '=', key).forUpdate());
  if (locked()) return;
  // First use: two clients may both get here; ON CONFLICT makes the second wait for the first's row.
  store.run(store.db.insertInto('store_counters').values({ key, value: 0 }).onConflict((oc) => oc.column('key').doNothing()));
  locked();
}
