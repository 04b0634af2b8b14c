/**
 * Restore hardening (issue #10): a crafted backup cannot point vanthu at files outside the data
 * folder (finding 5); a restore killed at any moment leaves the old or the new register, never
 * none, and a missing register is never silently replaced by an empty one (finding 9); numbers
 * given after the backup are never given again (finding 14).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft } from '../../../common/draft/create';
import { acceptSamples } from '../../../common/draft/fill';
import { verifyStoredFile } from '../../../main/registry/desk/verify';
import { resolveStored } from '../../../main/registry/files';
import { openRegistry, restoreRegistry, type RegistryService } from '../../../main/registry/index';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';
import { ROOT, seededRandom, tmpDir, withTermBook } from './helpers';
import { writeLegacyRegister } from './legacy';

let reg: RegistryService | undefined;
afterEach(() => { reg?.close(); reg = undefined; });

const opts = { dailyBackup: false, backupOnClose: false };
const draftText = JSON.stringify(acceptSamples(createDraft(findTemplate('nghi-quyet')!, defaultOrganisation())));

function count(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a crafted backup pointing outside the data folder', () => {
  it.each([
    ['an absolute attachment path', "UPDATE in_attachments SET stored_path = '/etc/passwd'", /tệp đính kèm mã 1 của văn bản đến mã 1.*tuyệt đối/],
    ['a registered document climbing out', "UPDATE out_entries SET file_path = '../../../../etc/passwd' WHERE serial = 1", /sổ văn bản đi, mục mã 1 \(số 01-NQ\/TU\).*"\.\."/],
  ])('is refused, naming the row: %s', async (_what, sql, message) => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Thật' });
    const att = path.join(t.dir, 'dinh-kem.pdf');
    fs.writeFileSync(att, '%PDF-1.4 thử');
    reg.addIncoming({ receivedDate: '2021-03-10', sender: 'Tỉnh ủy', summary: 'Có đính kèm' }, [att]);
    const dest = path.join(t.dir, 'ban.db');
    await reg.backup(dest);
    const b = new Database(dest);
    b.exec(sql);
    b.close();
    await expect(reg.restore(dest)).rejects.toThrow(message);
    expect(reg.listOutgoing().map((e) => e.summary)).toEqual(['Thật']);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes('truoc-khoi-phuc') || f.includes('dang-khoi-phuc'))).toEqual([]);
  });

  it('is never read where a stored path is read', () => {
    const dir = tmpDir();
    expect(() => resolveStored(dir, '/etc/passwd')).toThrow(/tuyệt đối/);
    expect(() => resolveStored(dir, '..\\..\\Windows\\win.ini')).toThrow(/"\.\."/);
    expect(() => resolveStored(dir, 'C:/Windows/win.ini')).toThrow(/tuyệt đối/);
    fs.symlinkSync('/etc', path.join(dir, 'lien-ket'));
    expect(() => resolveStored(dir, 'lien-ket/passwd')).toThrow(/liên kết/);
    expect(resolveStored(dir, 'di/2026/a.docx')).toBe(path.join(dir, 'di', '2026', 'a.docx'));
    const check = verifyStoredFile(dir, { filePath: '/etc/passwd', sha256: 'x' });
    expect(check).toMatchObject({ ok: false, actual: null });
    expect(check.message).toMatch(/không hợp lệ/);
  });
});

describe('a backup from before the keyed audit chain', () => {
  it('is restored, sealed with the register\'s own key, and verifies', async () => {
    const t = withTermBook(); reg = t.reg;
    const old = path.join(t.dir, 'cu.db');
    writeLegacyRegister(old);
    await reg.restore(old);
    expect(reg.listOutgoing().map((e) => e.number)).toEqual(['01-NQ/TU', '02-NQ/TU']);
    expect(reg.auditVerify()).toMatchObject({ ok: true });
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('-files'))).toEqual(['vanthu-files']);
  });
});

describe('numbers given after the backup', () => {
  it('are kept as cancelled rows linked to their DOCX, so 07-NQ/TU is never issued twice', async () => {
    const t = withTermBook(); reg = t.reg;
    for (let i = 1; i <= 6; i++) reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2026-03-0' + i, summary: `Trước ${i}` });
    const dest = path.join(t.dir, 'ban.db');
    await reg.backup(dest);
    const later = [];
    for (let i = 7; i <= 10; i++) later.push(await reg.registerDocument(draftText, { date: '2026-03-10' }));
    expect(later.map((e) => e.number)).toEqual(['07-NQ/TU', '08-NQ/TU', '09-NQ/TU', '10-NQ/TU']);
    await reg.restore(dest);
    const rows = reg.listOutgoing();
    const kept = rows.filter((e) => e.serial >= 7);
    expect(kept.map((e) => [e.number, e.status])).toEqual(later.map((e) => [e.number, 'cancelled']));
    expect(kept.every((e) => /^Sau khôi phục/.test(e.cancelReason ?? ''))).toBe(true);
    expect(kept.map((e) => e.filePath)).toEqual(later.map((e) => e.filePath));
    const docx = (fs.readdirSync(path.join(reg.dataDir, 'di'), { recursive: true }) as string[]).filter((f) => f.endsWith('.docx'));
    expect(docx).toHaveLength(4);
    expect((await reg.registerDocument(draftText, { date: '2026-03-11' })).number).toBe('11-NQ/TU');
    expect(reg.auditVerify().ok).toBe(true);
  });

  it('are found from the stored DOCX files when the live register cannot be opened', async () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2026-03-01', summary: 'Trước' });
    const dest = path.join(t.dir, 'ban.db');
    await reg.backup(dest);
    await reg.registerDocument(draftText, { date: '2026-03-10' });
    await reg.registerDocument(draftText, { date: '2026-03-10' });
    const file = reg.path;
    reg.close(); reg = undefined;
    fs.writeFileSync(file, 'hỏng');
    restoreRegistry(file, dest);
    reg = openRegistry(file, opts);
    expect(reg.listOutgoing().map((e) => [e.number, e.status])).toEqual([['01-NQ/TU', 'issued'], ['02-NQ/TU', 'cancelled'], ['03-NQ/TU', 'cancelled']]);
    expect(reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2026-03-12' }).number).toBe('04-NQ/TU');
  });
});

function killedRestore(file: string, src: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'tests/main/registry/fixtures/restorer.ts'), file, src],
      { cwd: ROOT, env: { ...process.env, VANTHU_TEST_RESTORE_PAUSE_MS: '60' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready') && !out.includes('armed')) {
        out += 'armed';
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('close', () => resolve(out.includes('done')));
  });
}


describe('a restore killed at random moments', () => {
  it('always leaves a complete register, the old or the new, never an empty one (20 kills)', async () => {
    const t = withTermBook(); reg = t.reg;
    const add = (n: number) => { for (let i = 0; i < n; i++) reg!.addIncoming({ receivedDate: '2021-03-10', sender: 'Tỉnh ủy', summary: `Đến ${i}` }); };
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06' });
    add(3);
    const three = path.join(t.dir, 'ba.db');
    await reg.backup(three);
    add(2);
    const five = path.join(t.dir, 'nam.db');
    await reg.backup(five);
    const file = reg.path;
    reg.close(); reg = undefined;
    const random = seededRandom(20261202);
    let completed = 0;
    for (let round = 0; round < 20; round++) {
      const finished = await killedRestore(file, round % 2 ? five : three, Math.floor(random() * 700));
      if (finished) completed++;
      expect(fs.existsSync(file)).toBe(true);
      reg = openRegistry(file, opts);
      expect([3, 5]).toContain(reg.listIncoming().length);
      expect(reg.listOutgoing().length).toBeGreaterThan(0);
      reg.close(); reg = undefined;
    }
    expect(completed).toBeLessThan(20);
    expect(count(file, 'in_entries')).toBeGreaterThan(0);
  }, 300_000);
});

describe('a missing register', () => {
  it('is never replaced by an empty one: the message names the copy kept aside', async () => {
    const t = withTermBook(); reg = t.reg;
    reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06' });
    const dest = path.join(t.dir, 'ban.db');
    await reg.backup(dest);
    const { keptAside } = await reg.restore(dest);
    const file = reg.path;
    reg.close(); reg = undefined;
    fs.rmSync(file);
    expect(() => openRegistry(file, opts)).toThrow(new RegExp(`không tạo sổ trống.*${path.basename(keptAside).replace(/[.+]/g, '\\$&')}`));
    expect(fs.existsSync(file)).toBe(false);
    fs.copyFileSync(keptAside, file);
    reg = openRegistry(file, opts);
    expect(reg.listOutgoing()).toHaveLength(1);
  });

  it('is not re-created where only its audit key is left', () => {
    const t = withTermBook(); reg = t.reg;
    const file = reg.path;
    reg.close(); reg = undefined;
    fs.rmSync(file);
    expect(() => openRegistry(file, opts)).toThrow(/sổ đã từng có ở đây/);
  });
});
