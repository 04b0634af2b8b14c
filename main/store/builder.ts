/**
 * Kysely instances that only compile: each engine's dialect (adapter + query compiler) over Kysely's
 * DummyDriver, which runs nothing. The stores execute the compiled SQL themselves, synchronously.
 */
import {
  type CompiledQuery, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler,
} from 'kysely';
import type { Engine, StoreQuery } from './store';

/** A compile-only Kysely builder for `engine`'s SQL dialect. */
export function builderFor<DB>(engine: Engine): Kysely<DB> {
  return new Kysely<DB>({
    dialect: engine === 'sqlite'
      ? {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      }
      : {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
  });
}

/** The SQL and parameters of `query`, compiled by `db` (a `sql` template needs the builder to compile). */
export function compile<R, DB>(query: StoreQuery<R>, db: Kysely<DB>): CompiledQuery<R> {
  return 'compile' in query ? query.compile(db as unknown as Kysely<never>) : query;
}
