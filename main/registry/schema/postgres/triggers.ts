/**
 * The guard triggers of a PostgreSQL registry, the PL/pgSQL equivalents of the SQLite ones
 * (schema/v1.ts, audit.ts, audit-v4.ts) with the same Vietnamese messages: a given number never
 * changes, an issued or cancelled row is never deleted, a cancelled number never revives, the audit
 * log is append-only and its head is never deleted. PostgreSQL also has TRUNCATE, which skips row
 * triggers: statement triggers refuse it on the register and the log. As on SQLite, a guard dropped
 * behind vanthu's back is re-created when the registry is opened, and that is an audit event.
 */
import { sql } from 'kysely';
import { appendAudit } from '../../audit/log';
import type { RegistryStore } from '../../context';

/** A guard: its function (raising `message`) and the trigger calling it. */
export interface Guard { table: string; timing: string; when?: string; message: string; statement?: boolean }

/** The guards by trigger name (the SQLite names, plus the TRUNCATE ones). */
export const POSTGRES_GUARDS: Record<string, Guard> = {
  out_entries_no_renumber: {
    table: 'out_entries', timing: 'BEFORE UPDATE OF book_id, seq_code, period, serial, number, type_code',
    message: 'Không được sửa số và ký hiệu đã cấp.',
  },
  out_entries_no_delete: {
    table: 'out_entries', timing: 'BEFORE DELETE', when: "OLD.status <> 'reserved'",
    message: 'Không được xóa số đã cấp hoặc đã hủy khỏi sổ.',
  },
  out_entries_cancel_final: {
    table: 'out_entries', timing: 'BEFORE UPDATE OF status', when: "OLD.status = 'cancelled'",
    message: 'Số đã hủy không được dùng lại.',
  },
  out_entries_no_truncate: {
    table: 'out_entries', timing: 'BEFORE TRUNCATE', statement: true, message: 'Không được xóa số đã cấp hoặc đã hủy khỏi sổ.',
  },
  audit_log_no_update: { table: 'audit_log', timing: 'BEFORE UPDATE', message: 'Nhật ký chỉ được ghi thêm, không được sửa.' },
  audit_log_no_delete: { table: 'audit_log', timing: 'BEFORE DELETE', message: 'Nhật ký chỉ được ghi thêm, không được xóa.' },
  audit_log_no_truncate: {
    table: 'audit_log', timing: 'BEFORE TRUNCATE', statement: true, message: 'Nhật ký chỉ được ghi thêm, không được xóa.',
  },
  audit_head_no_delete: { table: 'audit_head', timing: 'BEFORE DELETE', message: 'Dấu đầu chuỗi nhật ký không được xóa.' },
  audit_head_no_truncate: {
    table: 'audit_head', timing: 'BEFORE TRUNCATE', statement: true, message: 'Dấu đầu chuỗi nhật ký không được xóa.',
  },
};

/** The two statements creating one guard: its function (replaced) and its trigger. */
export function guardStatements(name: string, g: Guard) {
  const fn = `vanthu_guard_${name}`;
  return [
    sql`CREATE OR REPLACE FUNCTION ${sql.id(fn)}() RETURNS trigger LANGUAGE plpgsql AS ${sql.lit(
      `BEGIN RAISE EXCEPTION '%', ${quoteLiteral(g.message)} USING ERRCODE = 'restrict_violation'; END;`,
    )}`,
    sql`CREATE TRIGGER ${sql.id(name)} ${sql.raw(g.timing)} ON ${sql.table(g.table)} FOR EACH ${sql.raw(g.statement ? 'STATEMENT' : 'ROW')}
      ${g.when ? sql`WHEN (${sql.raw(g.when)})` : sql``} EXECUTE FUNCTION ${sql.id(fn)}()`,
  ];
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Creates every guard (a new registry, inside its creating transaction). */
export function createPostgresGuards(store: RegistryStore): void {
  for (const [name, g] of Object.entries(POSTGRES_GUARDS)) for (const s of guardStatements(name, g)) store.run(s);
}

/**
 * Re-creates the guards of `guards` missing from the database (one transaction, serialised with other
 * clients opening the registry at the same moment, audited 'db.triggers-restored'); returns their names.
 */
export function restoreGuards(store: RegistryStore, guards: Readonly<Record<string, Guard>>, user = 'vanthu'): string[] {
  const present = () => new Set(store.all<{ name: string }>(sql`SELECT t.tgname AS name FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND NOT t.tgisinternal`).map((r) => r.name));
  if (Object.keys(guards).every((n) => present().has(n))) return [];
  return store.transaction(() => {
    store.run(sql`SELECT pg_advisory_xact_lock(${GUARD_LOCK})`);
    const have = present();
    const missing = Object.keys(guards).filter((n) => !have.has(n));
    if (missing.length === 0) return [];
    for (const name of missing) for (const s of guardStatements(name, guards[name])) store.run(s);
    appendAudit(store, { user, action: 'db.triggers-restored', entity: 'database', entityId: 'triggers', after: { restored: missing } });
    return missing;
  });
}

/** Re-creates the register's and the log's guards missing from the database; returns their names. */
export function restorePostgresGuards(store: RegistryStore, user = 'vanthu'): string[] {
  return restoreGuards(store, POSTGRES_GUARDS, user);
}

/** Advisory lock key of the guards' re-creation ("VNTG"). */
const GUARD_LOCK = 0x564e5447;
