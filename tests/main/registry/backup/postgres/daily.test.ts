/**
 * The office server's registry on PostgreSQL takes the day's pg_dump itself (no cron needed): at once
 * when today has none, then at each look, never twice a day; a dump the disk refuses is shown on the
 * desk (backupProblem) and the register goes on. A real PostgreSQL and a real full disk (tmpfs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openRegistry, type RegistryService } from '../../../../../main/registry/index';
import { usePostgresFile } from '../../../../helpers/postgres-file';
import { fillDisk, mountTmpfs } from '../../../../helpers/tmpfs';
import { waitFor } from '../../../../helpers/wait';

const postgres = usePostgresFile('vanthu-pg-daily-');
let reg: RegistryService | undefined;
const unmounts: (() => void)[] = [];
afterEach(() => {
  reg?.close();
  reg = undefined;
  for (const unmount of unmounts.splice(0)) unmount();
});

const dumpsIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.dump')) : []);

it('takes the day’s dump once, at once, while the registry stays open; a short command takes none', async () => {
  const url = await postgres.createDatabase('so_ngay');
  const backupDir = path.join(postgres.dir, 'ngay', 'backups');
  // A short command (no dailyDump): no dump started behind its back.
  openRegistry(url, { dataDir: path.join(postgres.dir, 'ngay', 'data'), backupDir, user: 'lenh' }).close();
  expect(dumpsIn(backupDir)).toEqual([]);

  reg = openRegistry(url, { dataDir: path.join(postgres.dir, 'ngay', 'data'), backupDir, user: 'may-chu', dailyDump: true, dailyBackupEveryMs: 100 });
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' }).id;
  reg.openTerm(book, '2025–2030', '2025-10-15');
  await waitFor(() => (dumpsIn(backupDir).length ? true : null), 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // ten more looks
  expect(dumpsIn(backupDir)).toHaveLength(1);
  expect(reg.listBackups()).toHaveLength(1);
  expect(reg.backupProblem()).toBeNull();
}, 90_000);

it('a dump the full disk refuses is shown on the desk, leaves no partial file, and the register goes on', async () => {
  const url = await postgres.createDatabase('so_day');
  const backupDir = path.join(postgres.dir, 'day-disk');
  unmounts.push(mountTmpfs(backupDir, '1m'));
  fillDisk(backupDir);
  reg = openRegistry(url, { dataDir: path.join(postgres.dir, 'day', 'data'), backupDir, user: 'may-chu', dailyDump: true, dailyBackupEveryMs: 60_000 });
  const problem = await waitFor(() => reg!.backupProblem(), 60_000);
  expect(problem.message).toMatch(/đầy|dung lượng/);
  expect(dumpsIn(backupDir)).toEqual([]);
  expect(fs.readdirSync(backupDir).filter((name) => name !== 'day.bin')).toEqual([]);
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Tỉnh ủy' }).id;
  reg.openTerm(book, '2025–2030', '2025-10-15');
  expect(reg.registerNumber(book, { typeCode: 'NQ', date: '2025-11-01' }).number).toBe('01-NQ/TU');
}, 90_000);
