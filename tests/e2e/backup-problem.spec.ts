/**
 * A register whose backup folder cannot be written (a read-only disk mounted there, as when the
 * backup drive fails): the clerk still opens the desk and registers, and Văn bản đi and Văn bản đến
 * say in red, in Vietnamese, that no backup is being kept and what to do. Needs root (tmpfs mount).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mountTmpfs } from '../helpers/tmpfs';
import { screen } from './helpers';
import { firstRun, go, startDeskHost, watchErrors } from './desk-helpers';

test.describe.configure({ mode: 'serial' });
let page: Page;
let stop: () => Promise<void>;
let backups = '';
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  const h = await startDeskHost('2026-03-25');
  backups = path.join(h.dataDir, 'backups');
  const unmount = mountTmpfs(backups, '1m', true);
  stop = async () => {
    unmount();
    await h.stop();
  };
  page = await browser.newPage();
  errors = watchErrors(page);
  await firstRun(page, h.host);
});
test.afterAll(async () => {
  await page?.close();
  await stop?.();
});

test('the desk says the register is not being backed up, and registering still works', async () => {
  await go(page, 'Văn bản đến');
  const banner = page.getByTestId('backup-banner');
  await expect(banner).toContainText('Chưa sao lưu được sổ đăng ký.');
  await expect(banner).toContainText('Không sao lưu tự động được vào thư mục "backups"');
  await expect(banner).not.toContainText(/SQLITE|EROFS|ENOSPC/);
  const entry = await page.evaluate(() => window.vanthu.registry.deskRegisterIncoming({
    receivedDate: '2026-03-25', sender: 'Ban Tuyên giáo Tỉnh ủy', senderNumber: '12-CV/BTGTU', summary: 'V/v tuyên truyền kỷ niệm ngày thành lập Đảng', typeName: 'Công văn',
  }));
  expect(entry.row).toMatchObject({ serial: 1, sender: 'Ban Tuyên giáo Tỉnh ủy' });
  await go(page, 'Văn bản đi');
  await expect(page.getByTestId('backup-banner')).toBeVisible();
  await screen(page, 'backup-problem-desk');
  expect(fs.readdirSync(backups)).toEqual([]);
  expect(errors).toEqual([]);
});
