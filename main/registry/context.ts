/**
 * What every registry function needs: the database (as the engine-neutral store, and on SQLite also
 * the raw connection the code not yet ported uses), the user for the audit log, the data folder.
 */
import { storeOverSqlite } from '../store/sqlite';
import { actingUser } from './acting-user';
import type { Store } from '../store/store';
import type { Db } from './db';
import type { RegistryTables } from './schema/tables';

/** The store of the registry's tables (docs/query-layer.md). */
export type RegistryStore = Store<RegistryTables>;

/** The registry context passed to the domain functions. */
export interface Ctx {
  /**
   * The SQLite connection, for the code not yet ported onto the store. On PostgreSQL reading it
   * throws the 'not-implemented' RegistryError, so an unported function fails clearly.
   */
  db: Db;
  /** The registry's store: on SQLite over the same connection as `db` (one transaction for both). */
  readonly store: RegistryStore;
  user: string;
  /** Folder of stored files (exported DOCX, attachments); for PostgreSQL, also the audit key's. */
  dataDir: string;
}

const sqliteStores = new WeakMap<Db, RegistryStore>();
const sqliteDbs = new WeakMap<RegistryStore, Db>();

/** The store over an SQLite connection, made once per connection (so ported and unported code share it). */
export function sqliteStoreOf(db: Db): RegistryStore {
  let store = sqliteStores.get(db);
  if (!store) {
    store = storeOverSqlite<RegistryTables>(db);
    sqliteStores.set(db, store);
    sqliteDbs.set(store, db);
  }
  return store;
}

/** The SQLite connection under a store made by sqliteStoreOf; undefined for PostgreSQL. */
export function sqliteDbOf(store: RegistryStore): Db | undefined {
  return sqliteDbs.get(store);
}

/** The context of an SQLite registry: `store` follows `db` (a restore replaces the connection). */
export function sqliteCtx(db: Db, user: string, dataDir: string): Ctx {
  let own = user;
  return {
    db, dataDir,
    // The person of the current request on the office server (./acting-user.ts), else the registry's user.
    get user() { return actingUser() ?? own; },
    set user(u: string) { own = u; },
    get store() { return sqliteStoreOf(this.db); },
  };
}
