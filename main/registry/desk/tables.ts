/**
 * The desk's tables as Kysely types (joined into RegistryTables, schema/tables.ts): organisations,
 * routing, the recipient book and groups, stamp places and the other desk tables. The columns mirror
 * the SQLite schema (schema/desk.ts, recipients-v5.ts) and the PostgreSQL one (schema/postgres/desk.ts).
 * Filled in as the desk's code is ported onto the store.
 */

/** The desk's tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeskTables {}
