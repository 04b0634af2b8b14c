/**
 * The daily backup of a large registry runs in the background: opening does not wait for the copy,
 * the copy lands whole (same numbers as the register), and closing mid-copy leaves no partial file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { listAutoBackups, startAutoBackup } from '../../../main/registry/backup/backup';
import { openRegistry, type RegistryService } from '../../../main/registry/index';
import { QUICK_CHECK_MAX_BYTES } from '../../../main/registry/integrity';
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

async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
