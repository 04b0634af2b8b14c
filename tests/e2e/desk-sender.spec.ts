/**
 * The incoming form recognises the sender from the issuer symbol of "Số và ký hiệu"
 * (common/rules/issuer-symbols.ts): the body is named under the field, an old symbol of the 2025
 * reorganisation is marked, a document dated after the symbol went out of use is warned about, and
 * the clerk may take the body as "Cơ quan gửi" with a click (never filled silently).
 */
import { expect, test, type Page } from '@playwright/test';
import { screen } from './helpers';
import { firstRun, startDeskHost, watchErrors } from './desk-helpers';

test.describe.configure({ mode: 'serial' });
let page: Page;
let stop: () => Promise<void>;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  const h = await startDeskHost('2026-03-10');
  stop = h.stop;
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  errors = watchErrors(page);
  await firstRun(page, h.host);
  await page.keyboard.press('Alt+3');
  await expect(page.locator('#screen-title')).toHaveText('Văn bản đến');
});
test.afterAll(async () => {
  await page.close();
  await stop();
});

const hint = () => page.getByTestId('sender-hint');
const sender = () => page.getByRole('combobox', { name: 'Cơ quan gửi' });
const useButton = () => page.getByRole('button', { name: 'Dùng làm cơ quan gửi' });

test('an old symbol names its body and says it was used until 01/7/2025', async () => {
  await expect(sender()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('3398-CV/BTGTU');
  await expect(page.getByLabel('Số và ký hiệu')).toBeFocused(); // the hint does not take the focus
  await expect(hint()).toContainText('BTGTU: Ban Tuyên giáo Tỉnh ủy');
  await expect(hint()).toContainText('(ký hiệu dùng đến 01/7/2025)');
  await expect(hint()).not.toContainText('đã thôi dùng');
  await page.getByLabel('Ngày văn bản').fill('20/5/2025');
  await expect(hint()).not.toContainText('đã thôi dùng');
});

test('a document dated on or after 01/7/2025 with the old symbol is warned about', async () => {
  await page.getByLabel('Ngày văn bản').fill('15/8/2025');
  await expect(hint()).toContainText('Ký hiệu này đã thôi dùng từ 01/7/2025; kiểm tra lại số, ký hiệu.');
  await page.getByLabel('Ngày văn bản').fill('1/7/2025');
  await expect(hint()).toContainText('Ký hiệu này đã thôi dùng từ 01/7/2025');
  await screen(page, 'desk-sender-01-ky-hieu-cu');
});

test('the button takes the body as Cơ quan gửi only when the clerk clicks it', async () => {
  await expect(sender()).toHaveValue('');
  await useButton().click();
  await expect(sender()).toHaveValue('Ban Tuyên giáo Tỉnh ủy');
  await expect(useButton()).toHaveCount(0); // offered only while Cơ quan gửi is empty
  await expect(page.getByLabel('Ngày văn bản')).toBeFocused();
});

test('a current symbol shows its body without the old-symbol note', async () => {
  await page.getByLabel('Số và ký hiệu').fill('229-BC/TU');
  await expect(hint()).toContainText('TU: Tỉnh ủy, Thành ủy trực thuộc Trung ương');
  await expect(hint()).not.toContainText('ký hiệu dùng đến');
  await expect(hint()).not.toContainText('đã thôi dùng');
  await screen(page, 'desk-sender-02-ky-hieu-hien-hanh');
});

test('an unknown symbol shows nothing', async () => {
  await page.getByLabel('Số và ký hiệu').fill('12-CV/XYZ');
  await expect(hint()).toHaveCount(0);
  await page.getByLabel('Số và ký hiệu').fill('');
  await expect(hint()).toHaveCount(0);
  expect(errors).toEqual([]);
});
