/**
 * The command on a full disk, a read-only disk and broken paths: exit 1 with a Vietnamese message
 * (never 2, never raw ENOSPC/EROFS/SQLite text), the old file intact, no partial or temporary file,
 * and for `registry out register`, no number used when the -o check refuses. The disks are real
 * tmpfs mounts (the test runs as root; without mount it says why and checks nothing).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filledDraft } from '../../helpers/filled-draft';
import { fillDisk, mountTmpfs } from '../../helpers/tmpfs';
import { RAW, vanthu } from './run';

const ROOT = path.resolve(__dirname, '../../..');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-disk-'));
const work = path.join(base, 'work');
const full = path.join(base, 'full');
const ro = path.join(base, 'ro');
const fullDb = path.join(base, 'full-db');
const db = path.join(work, 'so.db');
const draft = path.join(work, 'du-thao.json');
const mounted: string[] = [];
let why = '';

const unmounts: (() => void)[] = [];

/** Mounts a tmpfs on `dir`; false (and `why`) when this account may not mount. */
function mount(dir: string, size: string): boolean {
  try {
    unmounts.push(mountTmpfs(dir, size));
  } catch (e) {
    why = `Bỏ qua: ${(e as Error).message}.`;
    return false;
  }
  mounted.push(dir);
  return true;
}

const ls = (dir: string) => fs.readdirSync(dir).sort();
const registered = async () => JSON.parse((await vanthu('registry', 'out', 'list', '--json', '--db', db)).stdout) as unknown[];

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(draft, JSON.stringify(filledDraft('nghi-quyet')));
  const init = await vanthu('registry', 'init', '--db', db, '--org', path.join(ROOT, 'templates/organisation.default.json'), '--term', '2025–2030', '--start', '2025-10-15');
  expect(init.status, init.stderr).toBe(0);
  if (!mount(full, '2m') || !mount(ro, '2m') || !mount(fullDb, '4m')) return;
  expect((await vanthu('registry', 'init', '--db', path.join(fullDb, 'so.db'), '--org', path.join(ROOT, 'templates/organisation.default.json'), '--term', '2025–2030', '--start', '2025-10-15')).status).toBe(0);
  fillDisk(fullDb);
  fs.writeFileSync(path.join(full, 'van-ban.docx'), 'BẢN CŨ');
  fillDisk(full);
  const roDb = path.join(ro, 'so.db');
  expect((await vanthu('registry', 'init', '--db', roDb)).status).toBe(0);
  fs.writeFileSync(path.join(ro, 'van-ban.docx'), 'BẢN CŨ');
  execFileSync('mount', ['-o', 'remount,ro', ro]);
});

afterAll(() => {
  for (const unmount of unmounts.reverse()) unmount();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('export refuses with exit 1, keeps the old DOCX and leaves no partial file', async () => {
    if (!mounted.includes(full)) return void console.log(why);
    for (const name of ['van-ban.docx', 'moi.docx']) {
      const r = await vanthu('export', draft, '-o', path.join(full, name));
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/Ổ đĩa không đủ chỗ để ghi tệp DOCX|ổ đĩa đã đầy/);
      expect(r.stderr).not.toMatch(RAW);
    }
    expect(fs.readFileSync(path.join(full, 'van-ban.docx'), 'utf8')).toBe('BẢN CŨ');
    expect(ls(full)).toEqual(['day.bin', 'van-ban.docx']);
  });

  it('registry out register -o refuses before numbering: exit 1, no number used, no file', async () => {
    if (!mounted.includes(full)) return void console.log(why);
    const r = await vanthu('registry', 'out', 'register', draft, '-o', path.join(full, 'nq.docx'), '--db', db, '--date', '2026-03-06');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/Ổ đĩa không đủ chỗ để ghi tệp DOCX "nq.docx".* Chưa cấp số nào\./);
    expect(r.stderr).not.toMatch(RAW);
    expect(await registered()).toEqual([]);
    expect(ls(full)).toEqual(['day.bin', 'van-ban.docx']);
    const ok = await vanthu('registry', 'out', 'register', draft, '-o', path.join(work, 'nq.docx'), '--db', db, '--date', '2026-03-06');
    expect(ok.stdout, ok.stderr).toMatch(/^Đã cấp số 01-NQ\/TU/);
  });

  it('print and backup to a full disk exit 1 in Vietnamese', async () => {
    if (!mounted.includes(full)) return void console.log(why);
    const print = await vanthu('registry', 'print', 'out', '--from', '2026-01-01', '--to', '2026-12-31', '-o', path.join(full, 'so.docx'), '--db', db);
    const backup = await vanthu('registry', 'backup', path.join(full, 'bk.db'), '--db', db);
    for (const r of [print, backup]) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/Ổ đĩa không đủ chỗ|ổ đĩa đã đầy/);
      expect(r.stderr).not.toMatch(RAW);
    }
    expect(ls(full)).toEqual(['day.bin', 'van-ban.docx']);
  });
});

describe('a full disk under the register itself', () => {
  it('SQLITE_FULL reaches the user as a Vietnamese message with exit 1', async () => {
    if (!mounted.includes(fullDb)) return void console.log(why);
    const entry = path.join(work, 'den.json');
    fs.writeFileSync(entry, JSON.stringify({ receivedDate: '2026-03-10', sender: 'Tỉnh ủy Hà Nam', senderNumber: '88-KL/TU', summary: 'x'.repeat(2000) }));
    for (let i = 0; i < 3; i++) {
      const r = await vanthu('registry', 'in', 'add', entry, '--db', path.join(fullDb, 'so.db'));
      if (r.status === 0) continue;
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/ổ đĩa đã đầy|lỗi đọc ghi ổ đĩa|Ổ đĩa không đủ chỗ/);
      expect(r.stderr).not.toMatch(RAW);
      return;
    }
    throw new Error('three entries fitted on a full disk');
  });

  it('out register with the register on a full disk uses no number and says so', async () => {
    if (!mounted.includes(fullDb)) return void console.log(why);
    const r = await vanthu('registry', 'out', 'register', draft, '-o', path.join(work, 'full-db.docx'), '--db', path.join(fullDb, 'so.db'), '--date', '2026-03-06');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/ổ đĩa đã đầy|lỗi đọc ghi ổ đĩa|Ổ đĩa không đủ chỗ/);
    expect(r.stderr).not.toMatch(RAW);
    expect(fs.existsSync(path.join(work, 'full-db.docx'))).toBe(false);
    fs.rmSync(path.join(fullDb, 'day.bin'));
    const list = await vanthu('registry', 'out', 'list', '--json', '--db', path.join(fullDb, 'so.db'));
    expect(JSON.parse(list.stdout)).toEqual([]);
  });
});

describe('a read-only disk', () => {
  it('export, print, backup and register into it exit 1 and change nothing', async () => {
    if (!mounted.includes(ro)) return void console.log(why);
    const before = ls(ro);
    const runs = [
      await vanthu('export', draft, '-o', path.join(ro, 'van-ban.docx')),
      await vanthu('registry', 'print', 'in', '--from', '2026-01-01', '--to', '2026-12-31', '-o', path.join(ro, 'so.xlsx'), '--db', db),
      await vanthu('registry', 'backup', path.join(ro, 'bk.db'), '--db', db),
      await vanthu('registry', 'out', 'register', draft, '-o', path.join(ro, 'nq.docx'), '--db', db, '--date', '2026-03-07'),
    ];
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/chỉ cho phép đọc/);
      expect(r.stderr).not.toMatch(RAW);
    }
    expect(ls(ro)).toEqual(before);
    expect(fs.readFileSync(path.join(ro, 'van-ban.docx'), 'utf8')).toBe('BẢN CŨ');
    expect((await registered()).length).toBe(1);
  });

  it('a register on a read-only disk is read or refused in Vietnamese, never exit 2', async () => {
    if (!mounted.includes(ro)) return void console.log(why);
    const list = await vanthu('registry', 'books', '--db', path.join(ro, 'so.db'));
    expect([0, 1], list.stderr).toContain(list.status);
    expect(list.stderr).not.toMatch(RAW);
    const add = await vanthu('registry', 'books', 'add', '--issuer', 'BTG', '--name', 'Ban Tuyên giáo', '--db', path.join(ro, 'so.db'));
    expect(add.status, add.stderr).toBe(1);
    expect(add.stderr).toMatch(/chỉ cho phép đọc|không mở được/);
    expect(add.stderr).not.toMatch(RAW);
  });
});

describe('broken paths', () => {
  it('a missing folder or a file in place of a folder gives exit 1 in Vietnamese', async () => {
    const file = path.join(work, 'a.txt');
    fs.writeFileSync(file, 'x');
    const runs = [
      await vanthu('registry', 'books', '--db', path.join(file, 'so.db')),
      await vanthu('registry', 'init', '--db', path.join(file, 'so.db')),
      await vanthu('registry', 'backup', path.join(file, 'bk.db'), '--db', db),
      await vanthu('registry', 'print', 'out', '--from', '2026-01-01', '--to', '2026-12-31', '-o', path.join(file, 'so.docx'), '--db', db),
      await vanthu('export', draft, '-o', path.join(file, 'x.docx')),
      await vanthu('export', draft, '-o', work),
    ];
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr.length).toBeGreaterThan(10);
    }
  });

  it('export never writes over its own draft', async () => {
    const before = fs.readFileSync(draft);
    const r = await vanthu('export', draft, '-o', draft);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/trùng với tệp đầu vào/);
    expect(fs.readFileSync(draft)).toEqual(before);
    const reg = await vanthu('registry', 'out', 'register', draft, '-o', draft, '--db', db);
    expect(reg.status).toBe(1);
    expect(fs.readFileSync(draft)).toEqual(before);
    expect((await registered()).length).toBe(1);
  });
});
