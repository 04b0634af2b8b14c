/**
 * A registry left open across midnight (the app on over the weekend, the office server) takes the new
 * day's backup by itself, in the background, once: the clock is moved to the next day (only Date is
 * faked; the backup runs in a real child process) and the schedule looks every 50 ms.
 */
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { openRegistry, type RegistryService } from '../../../main/registry/index';
import { tmpDir } from './helpers';

let reg: RegistryService | undefined;
afterEach(() => {
  reg?.close();
  reg = undefined;
  vi.useRealTimers();
});

/** Waits (real time) until `ready()` holds, or fails after `ms`. */
async function until(ready: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error('not in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('takes the next day\'s backup while it stays open, and only one a day', async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date('2026-03-06T10:00:00'));
  const dir = tmpDir();
  reg = openRegistry(path.join(dir, 'vanthu.db'), { integrityCheck: 'off', dailyBackupEveryMs: 50 });
  const book = reg.createOutBook({ issuerCode: 'TU', name: 'Sổ văn bản đi' });
  reg.openTerm(book.id, '2025–2030', '2025-10-15');
  reg.registerNumber(book.id, { typeCode: 'NQ', date: '2026-03-06', summary: 'Nghị quyết về chuyển đổi số' });
  expect(reg.listBackups().map((f) => path.basename(f))).toEqual([expect.stringMatching(/^vanthu-20260306-\d{6}-daily\.db$/)]);
  await new Promise((resolve) => setTimeout(resolve, 400)); // eight looks on the same day: nothing more
  expect(reg.listBackups()).toHaveLength(1);

  vi.setSystemTime(new Date('2026-03-07T00:05:00'));
  await until(() => reg!.listBackups().length === 2);
  expect(path.basename(reg.listBackups()[1])).toMatch(/^vanthu-20260307-\d{6}-daily\.db$/);
  expect(reg.backupProblem()).toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(reg.listBackups()).toHaveLength(2);
}, 30_000);
