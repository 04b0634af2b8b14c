/**
 * The store layer: one query layer (Kysely, compile-only) over two engines, run synchronously
 * (docs/query-layer.md). `openStore(location)` opens the engine the `--db` value names.
 */
import { parseStoreLocation, type StoreLocation } from './location';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './store';
import type { StoreTables } from './tables';

export { allocate, ensureCounters, lastNumber } from './counter';
export { isUniqueViolation, StoreQueryError } from './errors';
export { maskPassword, parseStoreLocation, type PostgresLocation, type SqliteLocation, type StoreLocation } from './location';
export { openPostgresStore } from './postgres';
export { openSqliteStore, storeOverSqlite } from './sqlite';
export type { Engine, RunResult, Store, StoreQuery } from './store';
export type { StoreTables } from './tables';

/** Opens the store at `location` (a parsed location or the raw `--db` value). */
export function openStore<DB = StoreTables>(location: StoreLocation | string): Store<DB> {
  const where = typeof location === 'string' ? parseStoreLocation(location) : location;
  return where.engine === 'sqlite' ? openSqliteStore<DB>(where.file) : openPostgresStore<DB>(where);
}
