import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryService } from '../../../main/registry/index';
import { openRegistry } from '../../../main/registry/index';
import { ENGINES, useRegistryEngines } from './engines';
import { withTermBook } from './helpers';

const engines = useRegistryEngines();
let reg: RegistryService;
afterEach(() => reg?.close());

describe.each(ENGINES)('audit log of the outgoing register, on %s', (engine) => {
  it('records every write with user, action and before/after, and verifies the chain', () => {
    const t = engines.withTermBook(engine); reg = t.reg;
    const e = reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Nghị quyết' });
    reg.cancelNumber(e.id, 'Sai trích yếu');
    const log = reg.auditLog();
    expect(log.map((x) => x.action)).toEqual(['out.cancel', 'out.register', 'term.open', 'book.create']);
    expect(log[0]).toMatchObject({ user: 'kiem-thu', entity: 'out_entry', before: { status: 'issued' }, after: { status: 'cancelled' } });
    expect(reg.auditVerify()).toEqual({ ok: true, count: 4 });
  });
});

describe('audit log', () => {

  it('refuses UPDATE and DELETE of the log and of given numbers at the database level', () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06' });
    const file = reg.path;
    reg.close();
    const db = new Database(file);
    expect(() => db.prepare("UPDATE audit_log SET user = 'x'").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('UPDATE out_entries SET serial = 5').run()).toThrow(/Không được sửa số/);
    expect(() => db.prepare('DELETE FROM out_entries').run()).toThrow(/Không được xóa/);
    expect(() => db.prepare(`INSERT INTO out_entries (book_id, seq_code, period, serial, number, type_code, doc_date, status, created_at)
      SELECT book_id, seq_code, period, serial, number, type_code, doc_date, 'issued', created_at FROM out_entries`).run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('detects a row changed behind its back (triggers dropped)', () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Thật' });
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-07', summary: 'Thật' });
    const file = reg.path;
    reg.close();
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET after = replace(after, 'Thật', 'Giả') WHERE id = 3").run();
    db.close();
    reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
    const v = reg.auditVerify();
    expect(v).toMatchObject({ ok: false, brokenAt: 3 });
    expect(v.ok === false && v.message).toMatch(/Nhật ký bị sửa hoặc xóa tại mục số 3/);
    void path;
  });
});
