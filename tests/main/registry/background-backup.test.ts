/**
 * The daily backup of a large registry runs in the background: opening does not wait for the copy,
 * the copy lands whole (same numbers as the register), and closing mid-copy leaves no partial file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { listAutoBackups, startAutoBackup } from '../../../main/registry/backup/backup';
import { openRegistry, type RegistryService } from '../../../main/registry/index';
import { QUICK_CHECK_MAX_BYTES } from '../../../main/registry/integrity';
import { waitFor } from '../../helpers/wait';
import { withTermBook } from './helpers';

let reg: RegistryService | undefined;
afterEach(() => { reg?.close(); reg = undefined; });

const count = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM out_entries').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A registry of a few numbers made larger than the quick-open threshold by a scratch table. */
function largeRegistry(): { file: string; backupDir: string } {
  const t = withTermBook();
  for (let i = 0; i < 3; i++) t.reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: `Số ${i + 1}` });
  t.reg.close();
  const file = path.join(t.dir, 'vanthu.db');
  const db = new Database(file);
  db.exec('CREATE TABLE bench_padding (data BLOB)');
  const chunk = Buffer.alloc(4 * 2 ** 20, 7);
  const insert = db.prepare('INSERT INTO bench_padding VALUES (?)');
  db.transaction(() => { for (let i = 0; i * chunk.length <= QUICK_CHECK_MAX_BYTES; i++) insert.run(chunk); })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { file, backupDir: path.join(t.dir, 'bk') };
}

it('a small registry gets its daily backup in the background helper too: whole, with every number', async () => {
  const t = withTermBook();
  t.reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Một' });
  reg = t.reg;
  const dir = path.join(t.dir, 'bk');
  const running = startAutoBackup(path.join(t.dir, 'vanthu.db'), dir, 3, 'daily');
  const file = await running!.done;
  expect(file).not.toBeNull();
  expect(count(file!)).toBe(1);
  expect(fs.readdirSync(dir)).toEqual([path.basename(file!)]);
  expect(startAutoBackup(path.join(t.dir, 'vanthu.db'), dir, 3, 'daily')).toBeNull(); // one a day
});

it('opening a large registry does not take the daily copy itself; the copy lands in the background', async () => {
  const { file, backupDir } = largeRegistry();
  reg = openRegistry(file, { backupDir, backupOnClose: false, integrityCheck: 'off' });
  expect(listAutoBackups(backupDir)).toEqual([]); // not taken during the open
  expect(reg.listOutgoing()).toHaveLength(3); // the registry is usable meanwhile
  const copy = await waitFor(() => listAutoBackups(backupDir)[0], 60_000);
  expect(path.basename(copy)).toMatch(/^vanthu-\d{8}-\d{6}-daily\.db$/);
  expect(count(copy)).toBe(3);
}, 90_000);

it('closing during the background copy stops it and leaves no partial file', () => {
  const { file, backupDir } = largeRegistry();
  reg = openRegistry(file, { backupDir, backupOnClose: false, integrityCheck: 'off' });
  reg.close();
  reg = undefined;
  const left = fs.existsSync(backupDir) ? fs.readdirSync(backupDir) : [];
  expect(left.filter((name) => name.endsWith('.dang-sao-luu'))).toEqual([]);
  expect(left.every((name) => count(path.join(backupDir, name)) === 3)).toBe(true);
});

it('two backups of the same second (the app and a command) each land whole; neither removes the other’s copy', async () => {
  const t = withTermBook();
  for (let i = 0; i < 3; i++) t.reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: `Số ${i + 1}` });
  reg = t.reg;
  const dir = path.join(t.dir, 'bk');
  // Both pick the same file name (neither has landed yet): each writes under a name of its own.
  const first = startAutoBackup(path.join(t.dir, 'vanthu.db'), dir, 5, 'manual')!;
  const second = startAutoBackup(path.join(t.dir, 'vanthu.db'), dir, 5, 'manual')!;
  const [a, b] = await Promise.all([first.done, second.done]);
  expect(await first.problem).toBeNull();
  expect(await second.problem).toBeNull();
  expect(a).not.toBeNull();
  expect(b).not.toBeNull();
  const left = fs.readdirSync(dir);
  expect(left.filter((name) => name.endsWith('.dang-sao-luu'))).toEqual([]);
  expect(left.length).toBeGreaterThan(0);
  for (const name of left) expect(count(path.join(dir, name))).toBe(3);
});

it('a partial copy left by a killed process is removed at the next backup; a running process’s copy is kept', async () => {
  const t = withTermBook();
  t.reg.registerNumber(t.bookId, { typeCode: 'NQ', date: '2021-03-06', summary: 'Một' });
  reg = t.reg;
  const dir = path.join(t.dir, 'bk');
  fs.mkdirSync(dir);
  const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
  const killed = path.join(dir, `vanthu-20260101-080000-daily.db.${ended}-1.dang-sao-luu`);
  const running = path.join(dir, `vanthu-20260101-080000-close.db.${process.pid}-99.dang-sao-luu`);
  fs.writeFileSync(killed, 'a copy cut short');
  fs.writeFileSync(running, 'a copy being written');
  const file = await startAutoBackup(path.join(t.dir, 'vanthu.db'), dir, 3, 'manual')!.done;
  expect(count(file!)).toBe(1);
  expect(fs.existsSync(killed)).toBe(false);
  expect(fs.existsSync(running)).toBe(true);
});
