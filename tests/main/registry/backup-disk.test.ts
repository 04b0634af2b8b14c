/**
 * Automatic backups on a full or read-only disk (real tmpfs mounts; the test runs as root): the
 * register opens and works all the same, no partial copy is left, closing does not fail, and the
 * desk is told why in Vietnamese (registry.deskBackupProblem) until a backup succeeds again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startAutoBackup } from '../../../main/registry/backup/backup';
import { openRegistry } from '../../../main/registry/index';
import { closeRegistry, createContext, dispatch, HANDLERS } from '../../../main/services';
import { folders } from '../../../main/services/context';
import { fillDisk, mountTmpfs } from '../../helpers/tmpfs';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-backup-disk-'));
const unmounts: (() => void)[] = [];
const NO_CHECK = { integrityCheck: 'off' } as const;
const RAW = /SQLITE_|ENOSPC|EROFS|EACCES|disk is full|read-only file system/;

/** Mounts a tmpfs on `dir` (unmounted after the tests). */
function mount(dir: string, size: string, readOnly = false): void {
  unmounts.push(mountTmpfs(dir, size, readOnly));
}

/** Fills the file system of `dir`, then frees `room` bytes: enough for the register's own writes, not for a copy of it. */
function fillLeaving(dir: string, room: number): string {
  const file = fillDisk(dir);
  fs.truncateSync(file, fs.statSync(file).size - room);
  return file;
}

/** A register of six long entries, about 2.8 MB (so a copy of it does not fit in the 1.5 MB left). */
function makeRegister(file: string): void {
  const reg = openRegistry(file, { autoBackup: false, ...NO_CHECK });
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Sổ văn bản đi' });
  reg.openTerm(book.id, '2025–2030', '2025-10-15');
  for (let i = 1; i <= 6; i++) reg.registerNumber(book.id, { typeCode: 'NQ', date: '2026-03-06', summary: `Nghị quyết ${i} ${'x'.repeat(130_000)}` });
  reg.close();
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)'); // all in the file, so opening on the full disk has nothing to write back
  db.close();
}

afterAll(() => {
  for (const unmount of unmounts.reverse()) unmount();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('a disk with room for the register but not for its backup', () => {
  it('opens the register, keeps working, says why in Vietnamese, and backs up once there is room', () => {
    const disk = path.join(base, 'full');
    mount(disk, '8m');
    const file = path.join(disk, 'so.db');
    makeRegister(file);
    const filler = fillLeaving(disk, 1536 * 1024);
    const reg = openRegistry(file, NO_CHECK);
    const problem = reg.backupProblem();
    expect(problem?.message).toMatch(/^Không sao lưu tự động được vào thư mục "backups": ổ đĩa đã đầy\./);
    expect(problem?.message).not.toMatch(RAW);
    const book = reg.listOutBooks()[0];
    expect(reg.registerNumber(book.id, { typeCode: 'KL', date: '2026-03-07', summary: 'Kết luận' }).serial).toBe(1);
    expect(reg.listBackups()).toEqual([]);
    expect(fs.readdirSync(path.join(disk, 'so-files', 'backups'))).toEqual([]); // no partial copy
    expect(() => reg.close()).not.toThrow(); // the backup on close fails the same way
    fs.rmSync(filler);
    const again = openRegistry(file, NO_CHECK);
    try {
      expect(again.backupProblem()).toBeNull();
      expect(again.listBackups()).toHaveLength(1);
    } finally {
      again.close();
    }
  });
});

describe('a read-only backup folder', () => {
  it('the desk reads the problem (registry.deskBackupProblem) while the register works', async () => {
    const dir = path.join(base, 'data');
    const ctx = createContext(dir, 'web');
    makeRegister(folders(dir).database);
    mount(folders(dir).backups, '1m', true);
    try {
      const listed = await dispatch(HANDLERS, ctx, 'registry.deskBooks', {});
      expect(listed.ok).toBe(true);
      const r = await dispatch(HANDLERS, ctx, 'registry.deskBackupProblem', {});
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value).toEqual({ message: expect.stringMatching(/^Không sao lưu tự động được vào thư mục "backups": (ổ đĩa hoặc thư mục chỉ cho phép đọc|không mở được tệp \(thư mục không tồn tại hoặc không có quyền\))\./), at: expect.any(String) });
      // A backup asked for by hand fails in Vietnamese too, and the problem stays.
      const manual = await dispatch(HANDLERS, ctx, 'backup.create', {});
      expect(manual.ok).toBe(false);
      if (!manual.ok) expect(manual.error.message).toMatch(/^Không sao lưu được vào tệp "vanthu-[\w-]+\.db": không mở được tệp/);
    } finally {
      closeRegistry(ctx);
    }
  });
});

describe('the background daily backup of a large register', () => {
  it('into a read-only folder: no file, and the problem in Vietnamese', async () => {
    const file = path.join(base, 'lon', 'so.db');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    makeRegister(file);
    const readOnly = path.join(base, 'lon-backups');
    mount(readOnly, '1m', true);
    const running = startAutoBackup(file, readOnly, 3, 'daily');
    expect(running).not.toBeNull();
    expect(await running!.done).toBeNull();
    const problem = await running!.problem;
    expect(problem?.message).toMatch(/^Không sao lưu tự động được vào thư mục "lon-backups": /);
    expect(problem?.message).not.toMatch(RAW);
    expect(fs.readdirSync(readOnly)).toEqual([]);
  }, 30_000);
});
