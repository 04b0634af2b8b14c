/**
 * The tables of a registry on PostgreSQL, written with Kysely's schema builder: the outgoing
 * register with its books, terms, per-type scopes and declared floors, the audit log and its sealed
 * head, the sequence lock rows (`store_counters`) and the marker `vanthu_registry`. Columns and
 * constraints match the SQLite schema (schema/v1.ts, audit.ts, audit-v4.ts) column for column, with
 * the same types as SQLite stores them: dates, times and JSON as TEXT, flags as integers, so rows
 * hash the same on both engines (audit/rows.ts). Ids are identity columns.
 */
import { type ColumnDefinitionBuilder, sql } from 'kysely';
import type { RegistryStore } from '../../context';

const SCOPE_CHECK = sql`IN ('term', 'year', 'shared')`;

/** Creates the tables (call inside the creating transaction). */
export function createPostgresTables(store: RegistryStore): void {
  const { schema } = store.db;
  const id = (c: ColumnDefinitionBuilder) => c.generatedByDefaultAsIdentity().primaryKey();
  const statements = [
    schema.createTable('vanthu_registry')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('application', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
    schema.createTable('store_counters')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'integer', (c) => c.notNull().defaultTo(0)),
    schema.createTable('out_books')
      .addColumn('id', 'integer', id)
      .addColumn('issuer_code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('default_scope', 'text', (c) => c.check(sql`default_scope ${SCOPE_CHECK}`))
      .addColumn('secret_separate', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull()),
    schema.createTable('out_type_scopes')
      .addColumn('book_id', 'integer', (c) => c.notNull().references('out_books.id'))
      .addColumn('type_code', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope ${SCOPE_CHECK}`))
      .addPrimaryKeyConstraint('out_type_scopes_pkey', ['book_id', 'type_code']),
    schema.createTable('terms')
      .addColumn('id', 'integer', id)
      .addColumn('book_id', 'integer', (c) => c.notNull().references('out_books.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addCheckConstraint('terms_dates', sql`end_date IS NULL OR end_date >= start_date`),
    schema.createIndex('terms_one_open').on('terms').column('book_id').unique().where(sql.ref('end_date'), 'is', null),
    schema.createTable('out_floors')
      .addColumn('book_id', 'integer', (c) => c.notNull().references('out_books.id'))
      .addColumn('seq_code', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('last_used', 'integer', (c) => c.notNull().check(sql`last_used >= 0`))
      .addPrimaryKeyConstraint('out_floors_pkey', ['book_id', 'seq_code', 'period']),
    schema.createTable('out_entries')
      .addColumn('id', 'integer', id)
      .addColumn('book_id', 'integer', (c) => c.notNull().references('out_books.id'))
      .addColumn('seq_code', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('serial', 'integer', (c) => c.notNull().check(sql`serial >= 1`))
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('type_code', 'text', (c) => c.notNull())
      .addColumn('type_id', 'text')
      .addColumn('term_id', 'integer', (c) => c.references('terms.id'))
      .addColumn('doc_date', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('signer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('secrecy', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('urgency', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('drafting_unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('copies', 'integer')
      .addColumn('archive_holder', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('issued', 'reserved', 'cancelled')`))
      .addColumn('cancel_reason', 'text')
      .addColumn('file_path', 'text')
      .addColumn('sha256', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('out_entries_cancel_reason', sql`status <> 'cancelled' OR length(cancel_reason) > 0`),
    schema.createIndex('out_entries_number').on('out_entries').columns(['book_id', 'seq_code', 'period', 'serial']).unique(),
    schema.createIndex('out_entries_date').on('out_entries').column('doc_date'),
    schema.createTable('audit_log')
      .addColumn('id', 'integer', id)
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('row_hash', 'text'),
    schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']),
    schema.createTable('audit_head')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('legacy_upto', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('last_id', 'integer', (c) => c.notNull())
      .addColumn('last_hash', 'text', (c) => c.notNull())
      .addColumn('mac', 'text', (c) => c.notNull()),
  ];
  for (const s of statements) store.run(s);
}
