/**
 * The drafts' tables on PostgreSQL (the SQLite ones are schema/drafts.ts and office-flow-v6.ts),
 * created by schema version 2 (./migrations.ts), and the registry methods of the drafts that run on
 * PostgreSQL. Filled in as the drafts' code is ported onto the store.
 */
import { sql } from 'kysely';
import type { RegistryStore } from '../../context';

/** The drafts' tables, indexes and guards (PostgreSQL DDL, one statement each). */
export const DRAFT_TABLES_POSTGRES: readonly string[] = [];

/** Creates the drafts' tables, inside the schema's transaction. */
export function createDraftsSchema(store: RegistryStore): void {
  for (const ddl of DRAFT_TABLES_POSTGRES) store.run(sql.raw(ddl));
}

/** The methods of REGISTRY_METHODS (main/registry/methods.ts) about drafts that run on PostgreSQL. */
export const POSTGRES_DRAFT_METHODS: readonly string[] = [];

/** The methods of the drafts service (main/registry/drafts/service.ts) that run on PostgreSQL. */
export const POSTGRES_DRAFTS_SERVICE_METHODS: readonly string[] = [];
