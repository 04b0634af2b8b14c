/**
 * The register rows the audit chain covers: the canonical content of an outgoing or incoming
 * register row (a fixed list of columns, so a later migration adding a column changes no hash),
 * its SHA-256, and the check that every current row is the one its last audit event recorded.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { RegistryStore } from '../context';

/** Audited tables by audit entity, with the columns of their canonical content. */
export const AUDITED_ROWS: Record<string, { table: string; label: string; columns: readonly string[] }> = {
  out_entry: {
    table: 'out_entries', label: 'Sổ văn bản đi',
    columns: ['id', 'book_id', 'seq_code', 'period', 'serial', 'number', 'type_code', 'type_id', 'term_id', 'doc_date', 'summary',
      'signer', 'recipients', 'secrecy', 'urgency', 'drafting_unit', 'copies', 'archive_holder', 'notes', 'status', 'cancel_reason',
      'file_path', 'sha256', 'created_at'],
  },
  in_entry: {
    table: 'in_entries', label: 'Sổ văn bản đến',
    columns: ['id', 'book_id', 'serial', 'received_date', 'sender', 'sender_number', 'doc_date', 'type_name', 'summary', 'secrecy',
      'urgency', 'routed_to', 'deadline', 'file_ref', 'notes', 'status', 'created_at'],
  },
};

/** Row hash recorded when an event leaves no row behind (a reservation returned to the pool). */
export const NO_ROW = 'none';

/** SHA-256 of the canonical content of a row (the listed columns, in order), hex. */
export function canonicalHash(entity: string, row: Record<string, unknown>): string {
  const spec = AUDITED_ROWS[entity];
  return createHash('sha256').update(JSON.stringify([spec.table, ...spec.columns.map((c) => row[c] ?? null)])).digest('hex');
}

/** Rows of an audited table read at a time by firstRowDifference. */
const PAGE = 2000;

const presentTables = new WeakMap<RegistryStore, Set<string>>();

/**
 * The audited entities whose table this database has: all of them on SQLite; on PostgreSQL those
 * its schema has so far (the registers ported onto the store, docs/query-layer.md).
 */
export function auditedEntities(store: RegistryStore): [string, (typeof AUDITED_ROWS)[string]][] {
  const all = Object.entries(AUDITED_ROWS);
  if (store.engine === 'sqlite') return all;
  let present = presentTables.get(store);
  if (!present) {
    const names = all.map(([, spec]) => spec.table);
    const rows = store.all<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_name IN (${sql.join(names)})`);
    present = new Set(rows.map((r) => r.name));
    presentTables.set(store, present);
  }
  const found = present;
  return all.filter(([, spec]) => found.has(spec.table));
}

/** Row hash of the current row `id` of an audited entity (NO_ROW when absent); undefined for other entities. */
export function currentRowHash(store: RegistryStore, entity: string, id: string | number): string | undefined {
  const spec = AUDITED_ROWS[entity];
  if (!spec) return undefined;
  const row = store.first<Record<string, unknown>>(sql`SELECT * FROM ${sql.table(spec.table)} WHERE id = ${Number(id)}`);
  return row ? canonicalHash(entity, row) : NO_ROW;
}

/** The rows of an audited table in id order, read a page at a time. */
function* tableRows(store: RegistryStore, table: string): Generator<Record<string, unknown>> {
  let after = -1;
  for (;;) {
    const page = store.all<Record<string, unknown>>(sql`SELECT * FROM ${sql.table(table)} WHERE id > ${after} ORDER BY id LIMIT ${PAGE}`);
    yield* page;
    if (page.length < PAGE) return;
    after = Number(page[page.length - 1].id);
  }
}

/** What the chain last recorded of one row: its hash and the audit event that recorded it. */
export interface Recorded { hash: string; eventId: number }

/**
 * Compares every current row of the audited tables with what the chain last recorded of it.
 * Returns the first difference as a Vietnamese message with the audit event it contradicts.
 */
export function firstRowDifference(store: RegistryStore, recorded: Map<string, Recorded>): { eventId: number; message: string } | null {
  for (const [entity, spec] of auditedEntities(store)) {
    const seen = new Set<string>();
    for (const row of tableRows(store, spec.table)) {
      const key = `${entity}:${row.id}`;
      seen.add(key);
      const name = `${spec.label}, mục mã ${row.id}${row.number ? ` (số ${row.number})` : row.serial ? ` (số đến ${row.serial})` : ''}`;
      const rec = recorded.get(key);
      if (!rec || rec.hash === NO_ROW) {
        return { eventId: rec?.eventId ?? 0, message: `${name} không có trong nhật ký: dòng này được thêm thẳng vào cơ sở dữ liệu, không qua vanthu.` };
      }
      if (rec.hash !== canonicalHash(entity, row)) {
        return { eventId: rec.eventId, message: `${name} đã bị sửa thẳng trong cơ sở dữ liệu: nội dung khác với mục nhật ký số ${rec.eventId}.` };
      }
    }
    for (const [key, rec] of recorded) {
      if (!key.startsWith(`${entity}:`) || seen.has(key) || rec.hash === NO_ROW) continue;
      return { eventId: rec.eventId, message: `${spec.label}, mục mã ${key.slice(entity.length + 1)} đã bị xóa khỏi cơ sở dữ liệu (mục nhật ký số ${rec.eventId} ghi nó còn trong sổ).` };
    }
  }
  return null;
}
