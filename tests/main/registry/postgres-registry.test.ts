/**
 * A registry on a real PostgreSQL (schema/postgres/): the schema is created in an empty database
 * and recognised again, other databases and newer registries are refused in Vietnamese, the guards
 * refuse at the database level what the SQLite triggers refuse (and TRUNCATE), a dropped guard comes
 * back on open, the audit key is a private file outside the database, direct changes are caught by
 * the chain, and what is not ported yet says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { POSTGRES_SCHEMA_VERSION } from '../../../main/registry/schema/postgres/open';
import { notOnPostgres } from '../../../main/registry/schema/postgres/service';
import { DESK_TABLES_POSTGRES } from '../../../main/registry/schema/postgres/desk';
import { DRAFT_TABLES_POSTGRES } from '../../../main/registry/schema/postgres/drafts';
import { openStore } from '../../../main/store';
import { useRegistryEngines } from './engines';
import { tmpDir } from './helpers';

const engines = useRegistryEngines();
let reg: RegistryService;
afterEach(() => reg?.close());

/** Runs raw SQL on the database at `url`, as someone with a plain PostgreSQL client would. */
function psql(url: string, text: string): void {
  const store = openStore(url);
  try {
    store.run(sql.raw(text));
  } finally {
    store.close();
  }
}

describe('a registry on PostgreSQL', () => {
  it('creates its schema in an empty database, marks it, keeps the audit key in a private file, and opens it again', () => {
    const t = engines.withTermBook('postgres'); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Nghị quyết' });
    expect(reg.path).not.toMatch(/:[0-9a-f]{24}@/); // the password is masked
    const key = path.join(t.dataDir, 'audit.key');
    expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    expect(fs.statSync(t.dataDir).mode & 0o777).toBe(0o700);
    reg.close();
    const store = openStore(t.location);
    const marker = store.first<{ application: string; version: number }>(sql`SELECT application, version FROM vanthu_registry`);
    const hex = fs.readFileSync(key, 'utf8').trim();
    const leaks = store.first<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log WHERE before LIKE ${`%${hex}%`} OR after LIKE ${`%${hex}%`}`);
    store.close();
    expect(marker).toEqual({ application: 'vanthu', version: POSTGRES_SCHEMA_VERSION });
    expect(leaks!.n).toBe(0);
    reg = engines.open(t.location, t.dataDir);
    expect(reg.listOutgoing().map((e) => e.number)).toEqual(['01-NQ/TU']);
    expect(reg.auditVerify()).toEqual({ ok: true, count: 3 });
  });

  it('refuses a database of another program and a registry of a newer vanthu, changing nothing', () => {
    const other = engines.location('postgres');
    psql(other.location, 'CREATE TABLE khach_hang (id integer)');
    expect(() => engines.open(other.location, other.dataDir)).toThrow(/không phải sổ đăng ký của vanthu/);
    const store = openStore(other.location);
    expect(store.all(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).toEqual([{ table_name: 'khach_hang' }]);
    store.close();
    const t = engines.fresh('postgres');
    t.reg.close();
    psql(t.location, 'UPDATE vanthu_registry SET version = 99');
    expect(() => engines.open(t.location, t.dataDir)).toThrow(/phiên bản vanthu mới hơn \(lược đồ dữ liệu PostgreSQL số 99/);
  });

  it('brings a registry of schema version 1 (before the drafts and the desk) up to date when opened, keeping its numbers', () => {
    const t = engines.withTermBook('postgres'); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Nghị quyết' });
    reg.close();
    // What a version-1 registry held: none of version 2's tables or guard functions.
    const objects = (ddl: readonly string[], kind: RegExp) => ddl.flatMap((d) => [...d.matchAll(kind)].map((m) => m[1]));
    const tables = objects([...DRAFT_TABLES_POSTGRES, ...DESK_TABLES_POSTGRES], /^CREATE TABLE (\w+)/g);
    const functions = objects([...DRAFT_TABLES_POSTGRES, ...DESK_TABLES_POSTGRES], /CREATE (?:OR REPLACE )?FUNCTION (\w+)\(/g);
    expect(tables).toEqual(expect.arrayContaining(['drafts', 'draft_reviews', 'organisations', 'in_routes']));
    psql(t.location, `DROP TABLE ${tables.join(', ')} CASCADE`);
    for (const fn of functions) psql(t.location, `DROP FUNCTION IF EXISTS ${fn}() CASCADE`);
    psql(t.location, 'UPDATE vanthu_registry SET version = 1');
    reg = engines.open(t.location, t.dataDir);
    const store = openStore(t.location);
    const marker = store.first<{ version: number }>(sql`SELECT version FROM vanthu_registry`);
    const present = store.all<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`).map((r) => r.name);
    store.close();
    expect(marker).toEqual({ version: POSTGRES_SCHEMA_VERSION });
    expect(present).toEqual(expect.arrayContaining(tables));
    expect(reg.listOutgoing().map((e) => e.number)).toEqual(['01-NQ/TU']);
    expect(reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-07' }).number).toBe('02-NQ/TU');
    reg.drafts.create({ id: 'sau-nang-cap', templateId: 'thong-bao', title: 'Thông báo', doc: { format: 'test' } });
    expect(reg.drafts.list().map((d) => d.id)).toContain('sau-nang-cap');
    expect(reg.auditVerify().ok).toBe(true);
  });

  it('does not create a registry in an empty database unless asked (create: false)', () => {
    const empty = engines.location('postgres');
    expect(() => engines.open(empty.location, empty.dataDir, { create: false })).toThrow(/còn trống, chưa có sổ đăng ký/);
  });

  it('refuses at the database level what the SQLite triggers refuse, and TRUNCATE', () => {
    const t = engines.withTermBook('postgres'); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06' });
    reg.close();
    expect(() => psql(t.location, "UPDATE audit_log SET \"user\" = 'x'")).toThrow(/chỉ được ghi thêm, không được sửa/);
    expect(() => psql(t.location, 'DELETE FROM audit_log')).toThrow(/chỉ được ghi thêm, không được xóa/);
    expect(() => psql(t.location, 'TRUNCATE audit_log')).toThrow(/chỉ được ghi thêm, không được xóa/);
    expect(() => psql(t.location, 'DELETE FROM audit_head')).toThrow(/Dấu đầu chuỗi nhật ký không được xóa/);
    expect(() => psql(t.location, 'UPDATE out_entries SET serial = 5')).toThrow(/Không được sửa số/);
    expect(() => psql(t.location, 'DELETE FROM out_entries')).toThrow(/Không được xóa số đã cấp/);
    expect(() => psql(t.location, 'TRUNCATE out_entries CASCADE')).toThrow(/Không được xóa số đã cấp/);
    expect(() => psql(t.location, `INSERT INTO out_entries (book_id, seq_code, period, serial, number, type_code, doc_date, status, created_at)
      SELECT book_id, seq_code, period, serial, number, type_code, doc_date, 'issued', created_at FROM out_entries`)).toThrow(/out_entries_number/);
  });

  it('re-creates a dropped guard on open and says so in the log; a row changed behind its back is named', () => {
    const t = engines.withTermBook('postgres'); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Thật' });
    reg.close();
    psql(t.location, "DROP TRIGGER out_entries_no_renumber ON out_entries; UPDATE out_entries SET summary = 'Giả', number = '09-NQ/TU'");
    reg = engines.open(t.location, t.dataDir);
    expect(reg.auditLog({ limit: 1 })[0]).toMatchObject({ action: 'db.triggers-restored', after: { restored: ['out_entries_no_renumber'] } });
    const v = reg.auditVerify();
    expect(v).toMatchObject({ ok: false, brokenAt: 3 });
    expect(v.ok === false && v.message).toMatch(/Sổ văn bản đi, mục mã 1 \(số 09-NQ\/TU\) đã bị sửa thẳng trong cơ sở dữ liệu/);
  });

  it('catches an audit event changed or the log cut short, as on SQLite', () => {
    const t = engines.withTermBook('postgres'); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Thật' });
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-07', summary: 'Thật' });
    reg.close();
    psql(t.location, "ALTER TABLE audit_log DISABLE TRIGGER USER; UPDATE audit_log SET after = replace(after, 'Thật', 'Giả') WHERE id = 3; ALTER TABLE audit_log ENABLE TRIGGER USER");
    reg = engines.open(t.location, t.dataDir);
    const v = reg.auditVerify();
    expect(v).toMatchObject({ ok: false, brokenAt: 3 });
    expect(v.ok === false && v.message).toMatch(/Nhật ký bị sửa hoặc xóa tại mục số 3/);
    reg.close();
    psql(t.location, 'ALTER TABLE audit_log DISABLE TRIGGER USER; DELETE FROM audit_log WHERE id >= 3; ALTER TABLE audit_log ENABLE TRIGGER USER');
    reg = engines.open(t.location, t.dataDir);
    expect(reg.auditVerify()).toMatchObject({ ok: false, message: expect.stringMatching(/Nhật ký bị cắt bớt/) });
  });

  it('says in Vietnamese that a function not ported yet does not run on PostgreSQL', async () => {
    // Every registry method runs on PostgreSQL now (backups too: backup/postgres/session.ts); the refusal stays for what is not.
    const refusal = /^Chức năng này chưa chạy trên máy chủ PostgreSQL/;
    expect(notOnPostgres()).toMatchObject({ code: 'not-implemented', message: expect.stringMatching(refusal) });
  });

  it('refuses a --db URL of another kind and creates no file', () => {
    const cwd = tmpDir();
    const before = process.cwd();
    process.chdir(cwd);
    try {
      expect(() => engines.open('mysql://u:secret@localhost/vanthu', cwd)).toThrow(/kiểu "mysql:", vanthu không dùng được/);
      expect(fs.readdirSync(cwd)).toEqual([]);
    } finally {
      process.chdir(before);
    }
  });
});
