/**
 * Trust in the clerk's desk (issue 11): the issue date is the drafter's unless the clerk changes it
 * and confirms; desk forms validate in Vietnamese and name the field; disabled buttons say why;
 * backdated arrivals and future issue dates are confirmed; the received stamp lands on free space
 * of page 1 and can be moved; search treats one-letter and đ/d queries alike and shows an issued
 * document once. Each test runs in Chromium against its own host with "today" fixed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { screen } from './helpers';
import { defaultOrg, draftDated, go, openAndSubmit, outgoingDate, startDeskHost, watchErrors } from './desk-helpers';

test.describe.configure({ mode: 'serial', timeout: 90_000 });
let page: Page;
let stop: () => Promise<void>;
let dataDir: string;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  const h = await startDeskHost('2026-09-10');
  stop = h.stop;
  dataDir = h.dataDir;
  page = await browser.newPage();
  errors = watchErrors(page);
  await defaultOrg(page, h.host);
});
test.afterAll(async () => {
  await page.close();
  await stop();
});

test('the date the drafter set is the date issued', async () => {
  const id = await draftDated(page, 'ket-luan', '2026-09-05');
  await openAndSubmit(page, id);
  await expect(page.getByLabel('Ngày ban hành', { exact: true })).toHaveValue('05/09/2026');
  await expect(page.getByTestId('issue-date-note')).toHaveText('Ngày người soạn đặt trên văn bản: 05/09/2026.');
  await page.getByRole('button', { name: 'Cấp số & đăng ký' }).click();
  await expect(page.locator('[data-number]')).toHaveText('01-KL/TU', { timeout: 60_000 });
  expect(await outgoingDate(page, '01-KL/TU')).toBe('2026-09-05');
});

test('an undated draft is issued with today, and says so', async () => {
  const id = await draftDated(page, 'ket-luan', null);
  await openAndSubmit(page, id);
  await expect(page.getByLabel('Ngày ban hành', { exact: true })).toHaveValue('10/09/2026');
  await expect(page.getByTestId('issue-date-note')).toContainText('chưa ghi ngày — mặc định ngày hôm nay 10/09/2026');
  await page.getByRole('button', { name: 'Cấp số & đăng ký' }).click();
  await expect(page.locator('[data-number]')).toHaveText('02-KL/TU', { timeout: 60_000 });
  expect(await outgoingDate(page, '02-KL/TU')).toBe('2026-09-10');
});

test('a date changed in the issue bar shows both dates and is confirmed first', async () => {
  const id = await draftDated(page, 'ket-luan', '2026-09-05');
  await openAndSubmit(page, id);
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('8/9/2026');
  const note = page.getByTestId('issue-date-note');
  await expect(note).toContainText('ngày người soạn đặt 05/09/2026');
  await expect(note).toContainText('ngày sẽ ban hành 08/09/2026');
  const issue = page.getByRole('button', { name: 'Cấp số & đăng ký' });
  await expect(issue).toBeDisabled();
  await expect(issue).toHaveAccessibleDescription(/đánh dấu ô xác nhận/);
  await screen(page, 'trust-desk-issue-two-dates');
  await page.getByLabel('Xác nhận ban hành ngày 08/09/2026').check();
  await issue.click();
  await expect(page.locator('[data-number]')).toHaveText('03-KL/TU', { timeout: 60_000 });
  expect(await outgoingDate(page, '03-KL/TU')).toBe('2026-09-08');
});

test('a future issue date is warned about and confirmed', async () => {
  const id = await draftDated(page, 'ket-luan', '2026-09-20');
  await openAndSubmit(page, id);
  await expect(page.getByTestId('issue-date-note')).toContainText('ở tương lai (hôm nay 10/09/2026)');
  await expect(page.getByRole('button', { name: 'Cấp số & đăng ký' })).toBeDisabled();
  await page.getByLabel('Xác nhận ban hành ngày 20/09/2026').check();
  await page.getByRole('button', { name: 'Cấp số & đăng ký' }).click();
  await expect(page.locator('[data-number]')).toHaveText('04-KL/TU', { timeout: 60_000 });
  expect(await outgoingDate(page, '04-KL/TU')).toBe('2026-09-20');
});
