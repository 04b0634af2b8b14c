/**
 * The numbering primitive, written once for both engines: one row per sequence key in
 * `store_counters`, read and advanced inside a transaction. On SQLite the transaction's
 * BEGIN IMMEDIATE already makes it the only writer; on PostgreSQL the row is locked with
 * SELECT … FOR UPDATE, so concurrent clients queue on it and each reads the value the previous one
 * committed. A number is used up only when the transaction that took it commits: a failure after
 * `allocate` rolls the counter back with everything else, so numbers stay contiguous.
 */
import type { Store } from './store';
import type { StoreTables } from './tables';

/** Creates `store_counters` when missing (the registry's migrations will own it once ported). */
export function ensureCounters(store: Store<StoreTables>): void {
  store.run(store.db.schema.createTable('store_counters').ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull().defaultTo(0)));
}

/** Locks and reads the counter of `key` (PostgreSQL: FOR UPDATE; SQLite: the transaction's lock). */
function lockedValue(store: Store<StoreTables>, key: string): number | undefined {
  const query = store.db.selectFrom('store_counters').select('value').where('key', '=', key);
  return store.first(store.engine === 'postgres' ? query.forUpdate() : query)?.value;
}

/**
 * Takes the next number of sequence `key` (1 for a new key) inside a transaction: the caller's, when
 * it calls this from its own `store.transaction` (the number is then kept only if that one commits),
 * or one of its own.
 */
export function allocate(store: Store<StoreTables>, key: string): number {
  return store.transaction(() => {
    let value = lockedValue(store, key);
    if (value === undefined) {
      // A new sequence: two clients may both get here; ON CONFLICT lets the second wait for the first's row.
      store.run(store.db.insertInto('store_counters').values({ key, value: 0 }).onConflict((oc) => oc.column('key').doNothing()));
      value = lockedValue(store, key) ?? 0;
    }
    const next = value + 1;
    store.run(store.db.updateTable('store_counters').set({ value: next }).where('key', '=', key));
    return next;
  });
}

/** The last number given in sequence `key` (0 when none), without locking. */
export function lastNumber(store: Store<StoreTables>, key: string): number {
  return store.first(store.db.selectFrom('store_counters').select('value').where('key', '=', key))?.value ?? 0;
}
