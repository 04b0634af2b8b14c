/**
 * The clerk's desk, incoming side, in Chromium through a local host with a real database: twenty
 * documents registered from the keyboard only, a duplicate flagged, a PDF dropped on the form and
 * its stamped copy read back with pdftotext, routing with a deadline, the overdue queue after moving
 * the clock, and search without diacritics.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { screen } from './helpers';
import { DOCS, SENDERS } from './desk-data';
import { dropFile, firstRun, go, pdfText, samplePdf, startDeskHost, watchErrors } from './desk-helpers';

test.describe.configure({ mode: 'serial' });
let page: Page;
let stop: () => Promise<void>;
let errors: string[] = [];

test.beforeAll(async ({ browser }) => {
  const h = await startDeskHost('2026-03-10');
  stop = h.stop;
  page = await browser.newPage();
  errors = watchErrors(page);
  await firstRun(page, h.host);
  await page.evaluate(async (names) => {
    for (const name of names) await window.vanthu.registry.deskAddressSave({ name });
  }, SENDERS);
});
test.afterAll(async () => {
  await page.close();
  await stop();
});

const form = 'form[aria-label="Vào sổ văn bản đến"]';

test('twenty incoming documents registered from the keyboard only', async () => {
  test.setTimeout(60_000);
  await page.keyboard.press('Alt+3');
  await expect(page.locator('#screen-title')).toHaveText('Văn bản đến');
  await expect(page.getByRole('combobox', { name: 'Cơ quan gửi' })).toBeFocused();
  for (const [i, d] of DOCS.entries()) {
    await page.keyboard.type(d.typed);
    await expect(page.getByRole('option', { name: d.sender })).toBeVisible();
    await page.keyboard.press('Enter');
    for (const [tabs, text] of [[1, d.number], [1, d.docDate], [3, d.summary], [1, d.unit], [1, d.person], [1, d.deadline]] as const) {
      for (let t = 0; t < tabs; t++) await page.keyboard.press('Tab');
      if (text) await page.keyboard.insertText(text); // one input event per field, as an IME or paste sends
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('saved')).toContainText(`số đến ${i + 1} ngày 10/03/2026`);
    await expect(page.getByRole('combobox', { name: 'Cơ quan gửi' })).toBeFocused();
  }
  const table = page.getByRole('table', { name: 'Sổ đăng ký văn bản đến' });
  await expect(table).toHaveAttribute('aria-rowcount', '20');
  await expect(table.getByRole('row').nth(1)).toContainText(DOCS[19].number);
  await expect(table.getByRole('row').nth(1)).toContainText(DOCS[19].sender);
  await screen(page, 'desk-01-van-ban-den');
});

test('a duplicate sender number and date is flagged', async () => {
  await page.getByLabel('Số và ký hiệu').fill(DOCS[0].number);
  await page.getByLabel('Ngày văn bản').fill('01/03/2026');
  await expect(page.getByRole('alert')).toContainText(`Có thể trùng: văn bản ${DOCS[0].number} đã vào sổ số đến 1/2026`);
  await screen(page, 'desk-02-trung-van-ban');
});

test('a dropped PDF is attached; its copy carries the received stamp', async () => {
  await page.getByRole('combobox', { name: 'Cơ quan gửi' }).fill('Văn phòng Trung ương Đảng');
  await page.getByLabel('Số và ký hiệu').fill('245-CV/VPTW');
  await page.getByLabel('Ngày văn bản').fill('6/3/26');
  await page.getByLabel('Trích yếu nội dung').fill('Về việc chuẩn bị tổng kết 40 năm đổi mới');
  await dropFile(page, form, 'cong-van-245.pdf', await samplePdf('So 245-CV/VPTW'), 'application/pdf');
  await expect(page.getByText('Tệp đính kèm: cong-van-245.pdf')).toBeVisible();
  await page.getByLabel('Trích yếu nội dung').press('Enter');
  await expect(page.getByTestId('saved')).toContainText('số đến 21');
  await page.getByRole('button', { name: 'Xem dấu đến, chuyển xử lý' }).click();
  const detail = page.getByRole('complementary', { name: 'Văn bản đến số 21' });
  await expect(detail.getByTestId('stamp')).toContainText(/Số: 21\s+Ngày: 10\/3\/26/);
  await expect(detail).toContainText('cong-van-245.pdf');
  const [download] = await Promise.all([page.waitForEvent('download'), detail.getByRole('button', { name: 'Bản PDF có dấu đến' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dau-den-')), 'a.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('VĂN BẢN ĐẾN');
  expect(text).toMatch(/Số: 21 +Ngày: 10\/3\/26/);
  expect(text).toContain('So 245-CV/VPTW');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test('routing with a deadline; the overdue queue after the clock moves', async () => {
  const detail = page.getByRole('complementary', { name: 'Văn bản đến số 21' });
  await detail.getByLabel('Chuyển đến đơn vị').fill('Văn phòng');
  await detail.getByLabel('Chuyển đến người').fill('đ/c Trần Văn Hùng');
  await detail.getByLabel('Hạn giải quyết').fill('12/3/26');
  await detail.getByRole('button', { name: 'Chuyển', exact: true }).click();
  await expect(detail).toContainText('Văn phòng (đ/c Trần Văn Hùng) · hạn 12/03/2026');
  await expect(detail).toContainText('Đang xử lý');
  await screen(page, 'desk-03-dau-den-chuyen-xu-ly');
  await page.getByRole('tab', { name: /Hạn xử lý/ }).click();
  await expect(page.getByRole('list', { name: 'Sắp đến hạn (3 ngày)' })).toContainText('245-CV/VPTW');
  process.env.VANTHU_TODAY = '2026-03-20';
  await page.reload();
  await go(page, 'Văn bản đến');
  const overdue = DOCS.filter((d) => d.deadline).length + 1;
  await expect(page.getByTestId('nav-badge')).toHaveAttribute('aria-label', `${overdue} văn bản quá hạn, 0 sắp đến hạn`);
  await page.getByRole('tab', { name: /Hạn xử lý/ }).click();
  const late = page.getByRole('list', { name: 'Quá hạn xử lý' });
  await expect(late.getByRole('listitem')).toHaveCount(overdue);
  await expect(late).toContainText('245-CV/VPTW');
  await expect(late).toContainText('quá 8 ngày');
  await expect(page.getByRole('table', { name: 'Hạn xử lý theo đơn vị' })).toContainText('đ/c Nguyễn Thị Lan');
  await screen(page, 'desk-04-han-xu-ly');
});

test('search without diacritics, as you type, with highlights', async () => {
  await go(page, 'Tìm kiếm');
  await page.getByLabel('Từ khóa tìm kiếm').pressSequentially('chuyen doi so');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await expect(results.getByRole('listitem')).toHaveCount(DOCS.filter((d) => d.summary.includes('chuyển đổi số')).length);
  await expect(results.locator('mark').first()).toHaveText('chuyển');
  await screen(page, 'desk-05-tim-kiem');
  await page.getByLabel('Từ khóa tìm kiếm').fill('dang uy khoi');
  await expect(results).toContainText('Đảng ủy Khối các cơ quan tỉnh');
});

test('no script error and no Content-Security-Policy violation on the desk screens', () => {
  expect(errors).toEqual([]);
});
