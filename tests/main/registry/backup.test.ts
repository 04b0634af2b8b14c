import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegistry, restoreRegistry, type RegistryService } from '../../../main/registry/index';
import { RegistryError } from '../../../main/registry/errors';
import { tmpDir, withTermBook } from './helpers';

let reg: RegistryService | undefined;
afterEach(() => { reg?.close(); reg = undefined; });

const opts = { dailyBackup: false, backupOnClose: false };

function openError(file: string): RegistryError {
  try {
    openRegistry(file, opts).close();
  } catch (e) {
    return e as RegistryError;
  }
  throw new Error('expected an error');
}

describe('backups and damaged files', () => {
  it('backs up online and restores, keeping the current file aside', async () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Trước sao lưu' });
    const dest = path.join(t.dir, 'sao-luu', 'ban-1.db');
    await reg.backup(dest);
    await expect(reg.backup(dest)).rejects.toThrow(/đã có/);
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-07', summary: 'Sau sao lưu' });
    const { keptAside } = await reg.restore(dest);
    expect(reg.listOutgoing().map((e) => [e.summary, e.status])).toEqual([['Trước sao lưu', 'issued'], ['Sau sao lưu', 'cancelled']]);
    expect(reg.listOutgoing()[1].cancelReason).toMatch(/^Sau khôi phục/);
    expect(reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-08' }).number).toBe('03-NQ/TU');
    expect(reg.auditVerify().ok).toBe(true);
    const aside = new Database(keptAside, { readonly: true });
    expect((aside.prepare('SELECT count(*) AS n FROM out_entries').get() as { n: number }).n).toBe(2);
    aside.close();
    expect(fs.existsSync(`${dest}-wal`)).toBe(false);
  });

  it('takes daily and on-close backups and keeps only the newest N', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'r.db');
    const backupDir = path.join(dir, 'bk');
    reg = openRegistry(file, { backupDir, keepBackups: 2 });
    reg.close();
    expect(fs.readdirSync(backupDir).filter((f) => f.endsWith('.db'))).toHaveLength(2);
    for (let i = 0; i < 3; i++) openRegistry(file, { backupDir, keepBackups: 2 }).close();
    const left = fs.readdirSync(backupDir).sort();
    expect(left).toHaveLength(2);
    expect(left.every((f) => /^vanthu-\d{8}-\d{6}-close(-\d+)?\.db$/.test(f))).toBe(true);
    reg = undefined;
  });

  it('refuses a truncated database with a Vietnamese message and does not touch it', async () => {
    const t = withTermBook(); reg = t.reg;
    for (let i = 0; i < 200; i++) reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'x'.repeat(200) });
    const good = path.join(t.dir, 'good.db');
    await reg.backup(good);
    reg.close(); reg = undefined;
    const bytes = fs.readFileSync(good);
    const cut = path.join(t.dir, 'cut.db');
    fs.writeFileSync(cut, bytes.subarray(0, 8192));
    const err = openError(cut);
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.code).toBe('truncated');
    expect(err.message).toMatch(/bị cắt cụt.*Tệp được giữ nguyên, không bị ghi đè/);
    expect(fs.readFileSync(cut).equals(bytes.subarray(0, 8192))).toBe(true);
    expect(fs.existsSync(`${cut}-wal`)).toBe(false);
    expect(() => restoreRegistry(good, cut)).toThrow(/bị cắt cụt/);
    restoreRegistry(cut, good);
    reg = openRegistry(cut, opts);
    expect(reg.listOutgoing()).toHaveLength(200);
  });

  it('refuses a text file named .db, an empty file, a foreign SQLite file and a newer schema', () => {
    const dir = tmpDir();
    const text = path.join(dir, 'so.db');
    fs.writeFileSync(text, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n');
    const before = fs.readFileSync(text);
    expect(openError(text)).toMatchObject({ code: 'not-sqlite', message: expect.stringMatching(/không phải cơ sở dữ liệu SQLite/) });
    expect(fs.readFileSync(text).equals(before)).toBe(true);
    const empty = path.join(dir, 'rong.db');
    fs.writeFileSync(empty, '');
    expect(openError(empty).code).toBe('empty-file');
    expect(fs.statSync(empty).size).toBe(0);
    const foreign = path.join(dir, 'khac.db');
    const f = new Database(foreign); f.exec('CREATE TABLE t (x)'); f.close();
    expect(openError(foreign)).toMatchObject({ code: 'not-vanthu', message: expect.stringMatching(/không phải sổ đăng ký của vanthu/) });
    const newer = path.join(dir, 'moi.db');
    openRegistry(newer, opts).close();
    const n = new Database(newer); n.pragma('user_version = 99'); n.close();
    expect(openError(newer)).toMatchObject({ code: 'newer-schema', message: expect.stringMatching(/phiên bản vanthu mới hơn/) });
    expect(() => openRegistry(path.join(dir, 'khong-co.db'), { ...opts, create: false })).toThrow(/Không tìm thấy tệp sổ đăng ký/);
  });

  it('reports a corrupt page found by integrity_check', async () => {
    const t = withTermBook(); reg = t.reg;
    for (let i = 0; i < 300; i++) reg.addIncoming({ receivedDate: '2021-03-10', sender: 'Tỉnh ủy', summary: `Văn bản ${i} ${'y'.repeat(300)}` });
    const file = path.join(t.dir, 'hong.db');
    await reg.backup(file);
    reg.close(); reg = undefined;
    const bytes = fs.readFileSync(file);
    for (let page = 2; page < 12; page++) bytes.fill(0xff, 4096 * (page - 1), 4096 * (page - 1) + 12);
    fs.writeFileSync(file, bytes);
    const err = openError(file);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/bị hỏng.*không bị ghi đè/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
