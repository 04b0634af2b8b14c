/**
 * The store on SQLite: compiled Kysely queries run by better-sqlite3, synchronously, through the
 * registry's per-connection statement cache. `storeOverSqlite(db)` wraps a connection the registry has
 * already opened (its checks, pragmas and migrations done); `openSqliteStore(file)` opens a plain one.
 */
import Database from 'better-sqlite3';
import type { Db } from '../registry/db';
import { stmt } from '../registry/sql';
import { builderFor, compile } from './builder';
import type { RunResult, Store, StoreQuery } from './store';
import type { StoreTables } from './tables';

/** Milliseconds a writer waits for another (as the registry's BUSY_TIMEOUT_MS). */
const BUSY_TIMEOUT_MS = 30_000;

/** better-sqlite3 binds numbers, strings, bigints, buffers and null: booleans become 1/0 (as SQLite stores them). */
function bindable(params: readonly unknown[]): unknown[] {
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/** A store over an open better-sqlite3 connection; `close()` closes that connection. */
export function storeOverSqlite<DB = StoreTables>(db: Db, label = db.name): Store<DB> {
  const builder = builderFor<DB>('sqlite');
  const prepared = (query: StoreQuery<unknown>) => {
    const c = compile(query, builder);
    return { s: stmt(db, c.sql), params: bindable(c.parameters) };
  };
  return {
    engine: 'sqlite',
    db: builder,
    all<R>(query: StoreQuery<R>): R[] {
      const { s, params } = prepared(query);
      return s.all(...params) as R[];
    },
    first<R>(query: StoreQuery<R>): R | undefined {
      const { s, params } = prepared(query);
      return s.get(...params) as R | undefined;
    },
    run(query: StoreQuery<unknown>): RunResult {
      const { s, params } = prepared(query);
      return { changes: s.run(...params).changes };
    },
    transaction<T>(fn: () => T): T {
      // better-sqlite3: BEGIN IMMEDIATE at the outermost level, a savepoint inside another transaction.
      return db.transaction(fn).immediate();
    },
    describe: () => label,
    close: () => db.close(),
  };
}

/** Opens (creating) an SQLite file with the registry's settings (WAL, synchronous=FULL, foreign keys, busy timeout) as a store. */
export function openSqliteStore<DB = StoreTables>(file: string): Store<DB> {
  const db = new Database(file);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return storeOverSqlite<DB>(db, file);
}
