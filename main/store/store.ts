/**
 * The engine-neutral store: what the registry needs of a database, the same on SQLite (embedded,
 * better-sqlite3) and PostgreSQL (a server, one dedicated connection). Queries are written once with
 * Kysely's typed builder (`store.db`), which never executes anything itself: the store compiles a
 * query for its engine's dialect and runs it synchronously, so registry code stays synchronous, with
 * its transactions (docs/query-layer.md).
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { StoreTables } from './tables';

/** The two engines. */
export type Engine = 'sqlite' | 'postgres';

/** A Kysely query (builder or `sql` template), or one already compiled. */
export type StoreQuery<R> = CompiledQuery<R> | { compile(db: Kysely<never>): CompiledQuery<R> };

/** What a write did. */
export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/**
 * A registry database on either engine. Every method is synchronous. A write that must return a
 * generated key uses `.returning(…)` with `first`/`all` (SQLite ≥ 3.35 and PostgreSQL both have
 * RETURNING). Numbers come back as JS numbers on both engines (PostgreSQL's bigint and count(*) too,
 * while they fit), text dates as text.
 */
export interface Store<DB = StoreTables> {
  /** Which engine runs the queries. */
  readonly engine: Engine;
  /** Kysely's builder for this engine's dialect, typed over the tables the store knows; it compiles, never runs. */
  readonly db: Kysely<DB>;
  /** All rows of a query. */
  all<R>(query: StoreQuery<R>): R[];
  /** The first row of a query, or undefined. */
  first<R>(query: StoreQuery<R>): R | undefined;
  /** Runs a write (or any statement) and says how many rows it changed. */
  run(query: StoreQuery<unknown>): RunResult;
  /**
   * Runs `fn` in a transaction that holds the write lock from its start: SQLite `BEGIN IMMEDIATE`
   * (one writer at a time for the whole file); PostgreSQL `BEGIN` on the store's one connection,
   * where `fn` locks the rows it will change with `SELECT … FOR UPDATE` (`.forUpdate()` in Kysely,
   * only when `engine === 'postgres'`). Commits when `fn` returns, rolls back when it throws. Nested
   * calls become savepoints. `fn` must be synchronous.
   */
  transaction<T>(fn: () => T): T;
  /** The database, for messages (a PostgreSQL URL with its password masked). */
  describe(): string;
  /** Closes the connection (the store is unusable afterwards). */
  close(): void;
}
