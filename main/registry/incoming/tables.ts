/**
 * The incoming register's tables as Kysely types (joined into RegistryTables, schema/tables.ts). The
 * columns mirror the SQLite schema (schema/v1.ts) and the PostgreSQL one (schema/postgres/incoming.ts):
 * dates and times are ISO TEXT on both engines, `search_text` the folded text of inSearchText.
 */
import type { Generated } from 'kysely';
import type { InBookKind, InStatus } from '../types';

/** `in_books`: one incoming book per kind and calendar year. */
export interface InBooksTable { id: Generated<number>; kind: InBookKind; year: number; name: string }

/** `in_entries`: the incoming register; `serial` is the số đến, unique per book. */
export interface InEntriesTable {
  id: Generated<number>; book_id: number; serial: number; received_date: string; sender: string; sender_number: Generated<string>;
  doc_date: Generated<string>; type_name: Generated<string>; summary: string; secrecy: Generated<string>; urgency: Generated<string>;
  routed_to: Generated<string>; deadline: Generated<string>; file_ref: Generated<string>; notes: Generated<string>; status: InStatus;
  search_text: Generated<string>; created_at: string;
}

/** `in_attachments`: files kept with an incoming entry (path relative to the data folder). */
export interface InAttachmentsTable {
  id: Generated<number>; entry_id: number; original_name: string; stored_path: string; sha256: string; size: number; created_at: string;
}

/** The incoming register's tables. */
export interface IncomingTables {
  in_books: InBooksTable;
  in_entries: InEntriesTable;
  in_attachments: InAttachmentsTable;
}
