/**
 * The desk's tables on PostgreSQL (the SQLite ones are schema/desk.ts and recipients-v5.ts), created by
 * schema version 2 (./migrations.ts), and the desk's registry methods that run on PostgreSQL.
 * Filled in as the desk's code is ported onto the store.
 */
import { sql } from 'kysely';
import type { RegistryStore } from '../../context';

/** The desk's tables, indexes and guards (PostgreSQL DDL, one statement each). */
export const DESK_TABLES_POSTGRES: readonly string[] = [];

/** Creates the desk's tables, inside the schema's transaction. */
export function createDeskSchema(store: RegistryStore): void {
  for (const ddl of DESK_TABLES_POSTGRES) store.run(sql.raw(ddl));
}

/** The methods of REGISTRY_METHODS (main/registry/methods.ts) about the desk (organisations, stamp, print, import) that run on PostgreSQL. */
export const POSTGRES_DESK_REGISTRY_METHODS: readonly string[] = [];

/** The methods of the desk service (main/registry/desk/index.ts) that run on PostgreSQL. */
export const POSTGRES_DESK_METHODS: readonly string[] = [];
