/**
 * The audit chain covers what a plain SQLite tool can change (issue #10, finding 13): truncating the
 * log, rebuilding it with the documented formula, and direct changes to register rows are all
 * detected and named; guard triggers dropped behind vanthu's back come back on open.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { auditKeyFile } from '../../../main/registry/audit/key';
import type { RegistryService } from '../../../main/registry/index';
import { openRegistry } from '../../../main/registry/index';
import { withTermBook } from './helpers';
import { writeLegacyRegister } from './legacy';

let reg: RegistryService;
afterEach(() => reg?.close());

/** A registry with three registered numbers and one incoming entry, closed; returns its file. */
function closedRegistry(): string {
  const t = withTermBook(); reg = t.reg;
  for (const d of ['2021-03-06', '2021-03-07', '2021-03-08']) reg.registerNumber(t.bookId, { typeCode: 'NQ', date: d, summary: 'Nghị quyết thật', signer: 'Nguyễn Văn An' });
  reg.addIncoming({ receivedDate: '2021-03-10', sender: 'Tỉnh ủy Hà Nam', summary: 'Văn bản đến thật' });
  const file = reg.path;
  reg.close();
  return file;
}

/** Changes the database with a plain SQLite connection: guard triggers dropped first, put back after unless `leaveDropped`. */
function tamper(file: string, sql: string, leaveDropped = false): void {
  const db = new Database(file);
  const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name NOT LIKE '%_fts_%'").all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  db.exec(sql);
  if (!leaveDropped) for (const t of triggers) db.exec(t.sql);
  db.close();
}

function reopenedVerdict(file: string) {
  reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
  return reg.auditVerify();
}

/** Rewrites every audit hash with the documented pre-version-4 SHA-256 formula (an attacker without the key); returns the last. */
function rechainWithSha256(db: Database.Database): string {
  let prev = '0'.repeat(64);
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, string>[]) {
    const body = JSON.stringify([r.at, r.user, r.action, r.entity, r.entity_id, r.before, r.after]);
    const hash = createHash('sha256').update(prev).update('\n').update(body).digest('hex');
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
  return prev;
}
describe('the keyed audit chain', () => {
  it('keeps its key outside the database, private', () => {
    const file = closedRegistry();
    const key = auditKeyFile(file);
    expect(fs.readFileSync(key, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    expect(reopenedVerdict(file)).toMatchObject({ ok: true });
  });

  it('detects the last events deleted', () => {
    const file = closedRegistry();
    tamper(file, 'DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)');
    const v = reopenedVerdict(file);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toMatch(/cắt bớt/);
  });

  it('does not accept a chain rebuilt with the documented SHA-256 formula after a change', () => {
    const file = closedRegistry();
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET after = replace(after, 'Nghị quyết thật', 'Nghị quyết giả') WHERE id = 3").run();
    db.prepare('UPDATE audit_head SET last_hash = ?').run(rechainWithSha256(db));
    db.close();
    const v = reopenedVerdict(file);
    expect(v.ok).toBe(false);
  });

  it.each([
    ['the summary', "UPDATE out_entries SET summary = 'Nghị quyết giả' WHERE serial = 2", /Sổ văn bản đi, mục mã 2 \(số 02-NQ\/TU\) đã bị sửa/],
    ['the signer', "UPDATE out_entries SET signer = 'Người khác' WHERE serial = 1", /số 01-NQ\/TU\) đã bị sửa/],
    ['the stored file hash', "UPDATE out_entries SET sha256 = 'abc' WHERE serial = 3", /số 03-NQ\/TU\) đã bị sửa/],
    ['the number', "UPDATE out_entries SET serial = 9, number = '09-NQ/TU' WHERE serial = 3", /đã bị sửa/],
    ['an issued row deleted', 'DELETE FROM out_entries WHERE serial = 2', /mục mã 2 đã bị xóa/],
    ['a row inserted', `INSERT INTO out_entries (book_id, seq_code, period, serial, number, type_code, doc_date, status, created_at)
      SELECT book_id, seq_code, period, 4, '04-NQ/TU', type_code, doc_date, 'issued', created_at FROM out_entries WHERE serial = 1`, /số 04-NQ\/TU\) không có trong nhật ký/],
    ['an incoming entry', "UPDATE in_entries SET sender = 'Nơi khác'", /Sổ văn bản đến, mục mã 1 \(số đến 1\) đã bị sửa/],
  ])('detects a direct change of a register row: %s', (_what, sql, message) => {
    const file = closedRegistry();
    tamper(file, sql);
    const v = reopenedVerdict(file);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toMatch(message);
    expect(v.ok === false && typeof v.brokenAt).toBe('number');
  });

  it('re-creates dropped guard triggers on open, and says so in the log', () => {
    const file = closedRegistry();
    tamper(file, 'SELECT 1', true);
    reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
    expect(reg.auditLog({ limit: 1 })[0]).toMatchObject({ action: 'db.triggers-restored' });
    expect(reg.auditVerify()).toMatchObject({ ok: true });
    reg.close();
    const db = new Database(file);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare('UPDATE out_entries SET serial = 5 WHERE serial = 1').run()).toThrow(/Không được sửa số/);
    db.close();
  });

  it('refuses a chain whose head was deleted and rebuilt with the documented formula', () => {
    const file = closedRegistry();
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_head_no_delete; DELETE FROM audit_head; DROP TRIGGER audit_log_no_update');
    rechainWithSha256(db);
    db.close();
    const v = reopenedVerdict(file);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toMatch(/thiếu dấu đầu chuỗi/);
  });

  it('seals a database written before the keyed chain (schema 3), and still verifies its old events', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-legacy-'));
    const file = path.join(dir, 'vanthu.db');
    writeLegacyRegister(file);
    reg = openRegistry(file, { dailyBackup: false, backupOnClose: false });
    expect(reg.auditVerify()).toEqual({ ok: true, count: 5 });
    expect(reg.auditLog().filter((e) => e.action === 'audit.seal')).toHaveLength(2);
    reg.close();
    tamper(file, "UPDATE out_entries SET summary = 'sửa sau' WHERE serial = 1");
    expect(reopenedVerdict(file)).toMatchObject({ ok: false });
  });
});
