/**
 * The desk's tables as Kysely types (joined into RegistryTables, schema/tables.ts): organisations and
 * their signers, the settings (stamp size and places), the sender address book, the routing history,
 * and the Nơi nhận address book (lines, groups, defaults, sync state). The columns mirror the SQLite
 * schema (schema/v1.ts, desk.ts, recipients-v5.ts) and the PostgreSQL one (schema/postgres/desk.ts):
 * times ISO TEXT, flags integers 0/1, ids integers the database assigns.
 */
import type { Generated } from 'kysely';
import type { RecipientSource } from '../../../common/api/domains/desk-care';

/** `organisations`: one profile per symbol, stored as JSON text (signers apart). */
export interface OrganisationsTable { id: Generated<number>; symbol: string; data: string; updated_at: string }

/** `signers`: the signers of a profile, in order. */
export interface SignersTable { id: Generated<number>; org_id: number; position: number; name: string; title: string; deputy: Generated<number> }

/** `settings`: key → JSON text (the stamp's size and places). */
export interface SettingsTable { key: string; value: string }

/** `address_book`: the sender bodies of incoming documents, counted by use. */
export interface AddressBookTable { id: Generated<number>; name: string; folded: string; uses: Generated<number>; last_used: Generated<string> }

/** `in_routes`: the routing history of incoming entries (append-only). */
export interface InRoutesTable {
  id: Generated<number>; entry_id: number; unit: Generated<string>; person: Generated<string>; deadline: Generated<string>;
  note: Generated<string>; routed_at: string;
}

/** `recipient_entries`: the lines of the Nơi nhận address book. */
export interface RecipientEntriesTable {
  id: Generated<number>; text: string; folded: string; uses: Generated<number>; source: RecipientSource; updated_at: string;
}

/** `recipient_groups`: named groups of lines with their purpose. */
export interface RecipientGroupsTable { id: Generated<number>; name: string; purpose: Generated<string>; updated_at: string }

/** `recipient_group_members`: the lines of a group, in order. */
export interface RecipientGroupMembersTable { group_id: number; entry_id: number; position: number }

/** `recipient_defaults`: the default Nơi nhận of a type (a group or a line per position). */
export interface RecipientDefaultsTable { type_id: string; position: number; group_id: number | null; entry_id: number | null }

/** `recipient_sync`: digests of what the book already took (key 'org': the profile's lines). */
export interface RecipientSyncTable { key: string; value: string }

/** `recipient_counted`: the issued outgoing entries whose recipients were counted. */
export interface RecipientCountedTable { out_id: number }

/** The desk's tables. */
export interface DeskTables {
  organisations: OrganisationsTable;
  signers: SignersTable;
  settings: SettingsTable;
  address_book: AddressBookTable;
  in_routes: InRoutesTable;
  recipient_entries: RecipientEntriesTable;
  recipient_groups: RecipientGroupsTable;
  recipient_group_members: RecipientGroupMembersTable;
  recipient_defaults: RecipientDefaultsTable;
  recipient_sync: RecipientSyncTable;
  recipient_counted: RecipientCountedTable;
}
