/**
 * The drafts' tables as Kysely types (joined into RegistryTables, schema/tables.ts): the drafts, their
 * versions, the office flow's reviews and the edit leases. The columns mirror the SQLite schema
 * (schema/drafts.ts, office-flow-v6.ts) and the PostgreSQL one (schema/postgres/drafts.ts).
 * Filled in as the drafts' code is ported onto the store.
 */

/** The drafts' tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DraftTables {}
