/**
 * A registry context (what the registry's domain functions take) on either engine, opened the way
 * openRegistry opens it, for tests of functions the service does not bind (listIncomingPage) and of
 * the search on a fixture written straight into the tables.
 */
import path from 'node:path';
import { sqliteCtx, type Ctx } from '../../../../main/registry/context';
import { openDatabase } from '../../../../main/registry/db';
import { openPostgresRegistry } from '../../../../main/registry/schema/postgres/open';
import { parseStoreLocation, type PostgresLocation } from '../../../../main/store/index';

/** Opens the registry at `location` (an SQLite file or a postgres:// URL) as a context of `user`. */
export function registryCtx(location: string, dataDir: string, user = 'kiem-thu'): Ctx {
  const where = parseStoreLocation(location);
  if (where.engine === 'sqlite') return sqliteCtx(openDatabase(where.file), user, path.join(path.dirname(where.file), 'vanthu-files'));
  const store = openPostgresRegistry(where as PostgresLocation, { dataDir, user });
  return { get db(): never { throw new Error('not on PostgreSQL'); }, store, user, dataDir };
}
