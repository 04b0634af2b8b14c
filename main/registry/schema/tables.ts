/**
 * The registry's tables as Kysely types: what `ctx.store.db` (docs/query-layer.md) is typed over.
 * Only the tables of the code ported onto the store are listed (the outgoing register, its books,
 * terms and numbering, the audit log); more join as their code is ported. The columns mirror the
 * SQLite schema (schema/v1.ts, audit.ts, audit-v4.ts) and the PostgreSQL one (schema/postgres/):
 * dates, times and JSON are TEXT on both engines (ISO text sorts by time; JSON text is hashed as
 * written), flags are integers 0/1, ids integers the database assigns.
 */
import type { Generated } from 'kysely';
import type { NumberingScope } from '../../../common/rules/doc-types';
import type { StoreTables } from '../../store/tables';
import type { DeskTables } from '../desk/tables';
import type { DraftTables } from '../drafts/tables';
import type { IncomingTables } from '../incoming/tables';
import type { OutStatus } from '../types';

/** `out_books`: one outgoing book per issuing body. */
export interface OutBooksTable {
  id: Generated<number>; issuer_code: string; name: string; default_scope: NumberingScope | null;
  secret_separate: Generated<number>; closed: Generated<number>; created_at: string;
}

/** `out_type_scopes`: the numbering scope of one type code in a book. */
export interface OutTypeScopesTable { book_id: number; type_code: string; scope: NumberingScope }

/** `terms`: the terms (nhiệm kỳ) of a book; end_date null while open. */
export interface TermsTable { id: Generated<number>; book_id: number; name: string; start_date: string; end_date: string | null }

/** `out_floors`: the last-used number declared for a sequence (adoption mid-term). */
export interface OutFloorsTable { book_id: number; seq_code: string; period: string; last_used: number }

/** `out_entries`: the outgoing register. */
export interface OutEntriesTable {
  id: Generated<number>; book_id: number; seq_code: string; period: string; serial: number; number: string; type_code: string;
  type_id: string | null; term_id: number | null; doc_date: string; summary: Generated<string>; signer: Generated<string>;
  recipients: Generated<string>; secrecy: Generated<string>; urgency: Generated<string>; drafting_unit: Generated<string>;
  copies: number | null; archive_holder: Generated<string>; notes: Generated<string>; status: OutStatus; cancel_reason: string | null;
  file_path: string | null; sha256: string | null; search_text: Generated<string>; created_at: string;
}

/** `audit_log`: the append-only, hash-chained audit events. */
export interface AuditLogTable {
  id: Generated<number>; at: string; user: string; action: string; entity: string; entity_id: string;
  before: string | null; after: string | null; prev_hash: string; hash: string; row_hash: string | null;
}

/** `audit_head`: the sealed count and last hash of the chain (one row, id 1). */
export interface AuditHeadTable { id: number; legacy_upto: number; count: number; last_id: number; last_hash: string; mac: string }

/** `vanthu_registry` (PostgreSQL only): the marker row saying what the database is (schema/postgres/open.ts). */
export interface VanthuRegistryTable { id: number; application: string; version: number; created_at: string }

/**
 * Every table the ported registry code uses, with the store's own (`store_counters`: on PostgreSQL the
 * row locked per outgoing sequence, see outgoing/lock.ts).
 */
export interface RegistryTables extends StoreTables, IncomingTables, DraftTables, DeskTables {
  out_books: OutBooksTable;
  out_type_scopes: OutTypeScopesTable;
  terms: TermsTable;
  out_floors: OutFloorsTable;
  out_entries: OutEntriesTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  vanthu_registry: VanthuRegistryTable;
}
