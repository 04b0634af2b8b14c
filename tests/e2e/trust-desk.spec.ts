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
import { congVanPdf, defaultOrg, draftDated, dropFile, go, openAndSubmit, outgoingDate, startDeskHost, watchErrors, wordBoxes } from './desk-helpers';

test.describe.configure({ mode: 'serial', timeout: 90_000 });
let page: Page;
let stop: () => Promise<void>;
let dataDir: string;
let errors: string[] = [];

/** A screenshot under test-results/screens (and, when VANTHU_E2E_SHOTS is set, a copy there: parallel runs wipe the first). */
async function shot(name: string): Promise<void> {
  await screen(page, name);
  if (process.env.VANTHU_E2E_SHOTS) await page.screenshot({ path: path.join(process.env.VANTHU_E2E_SHOTS, `${name}.png`) });
}

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
  await shot('trust-desk-issue-two-dates');
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

const MM = 72 / 25.4;

test('the received stamp lands on free space of page 1, covers no text, and can be dragged', async () => {
  test.setTimeout(240_000);
  const pdf = congVanPdf(fs.mkdtempSync(path.join(dataDir, 'cv-')));
  await go(page, 'Văn bản đến');
  await page.getByRole('combobox', { name: 'Cơ quan gửi' }).fill('Tỉnh ủy Ninh Bình');
  await page.getByLabel('Số và ký hiệu').fill('245-CV/TU');
  await page.getByLabel('Ngày văn bản').fill('6/3/26');
  await page.getByLabel('Trích yếu nội dung').fill('V/v báo cáo kết quả chuyển đổi số');
  await dropFile(page, 'form[aria-label="Vào sổ văn bản đến"]', 'cong-van-245.pdf', fs.readFileSync(pdf), 'application/pdf');
  await expect(page.getByText('Tệp đính kèm: cong-van-245.pdf')).toBeVisible();
  await page.getByLabel('Trích yếu nội dung').press('Enter');
  await expect(page.getByTestId('saved')).toContainText('số đến 1');
  await page.getByRole('button', { name: 'Xem dấu đến, chuyển xử lý' }).click();
  await page.getByRole('button', { name: 'Xem, đặt dấu đến' }).click();
  const overlay = page.getByTestId('stamp-overlay');
  await expect(overlay).toBeVisible({ timeout: 30_000 }); // pdf.js reads the page, pdftoppm draws it
  await expect(page.getByTestId('stamp-size')).toContainText('Cỡ dấu: 50 × 35 mm');
  await expect(page.getByTestId('stamp-where')).toContainText('đặt tự động');
  await page.getByTestId('stamp-overlay').scrollIntoViewIfNeeded();
  await shot('trust-desk-stamp-preview');

  // The stamped copy: the stamp's rectangle overlaps no word of the original page 1.
  const { entry, attachment } = await page.evaluate(async () => {
    const rows = await window.vanthu.registry.deskIncoming({ offset: 0, limit: 10 });
    const d = await window.vanthu.registry.deskIncomingDetail({ id: rows.rows[0].id });
    return { entry: d.row.id, attachment: d.attachments[0] };
  });
  const stamped = await page.evaluate((a) => window.vanthu.registry.deskStampPdf(a), { id: entry, attachmentId: attachment.id });
  const original = wordBoxes(attachment.file);
  const rect = { x0: stamped.place.xMm * MM, y0: stamped.place.yMm * MM, x1: (stamped.place.xMm + stamped.size.widthMm) * MM, y1: (stamped.place.yMm + stamped.size.heightMm) * MM };
  expect(original.words.length).toBeGreaterThan(40);
  const covered = original.words.filter((w) => w.x0 < rect.x1 && rect.x0 < w.x1 && w.y0 < rect.y1 && rect.y0 < w.y1);
  expect(covered).toEqual([]);
  // …and the stamp is drawn there: its words lie inside that rectangle of the stamped copy.
  const drawn = wordBoxes(stamped.file).words.filter((w) => w.x0 >= rect.x0 - 1 && w.x1 <= rect.x1 + 1 && w.y0 >= rect.y0 - 1 && w.y1 <= rect.y1 + 1);
  expect(drawn.map((w) => w.text).join(' ')).toContain('VĂN BẢN ĐẾN');

  // Dragging the stamp on the preview keeps its new place for this attachment.
  const before = await overlay.boundingBox();
  await page.mouse.move(before!.x + 20, before!.y + 20);
  await page.mouse.down();
  await page.mouse.move(before!.x + 120, before!.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('stamp-where')).toContainText('chỗ văn thư đã kéo tới');
  const moved = await page.evaluate((a) => window.vanthu.registry.deskStampPreview(a), { id: entry, attachmentId: attachment.id });
  expect(moved.auto).toBe(false);
  expect(moved.place.xMm).toBeGreaterThan(stamped.place.xMm + 10);
  const again = await page.evaluate((a) => window.vanthu.registry.deskStampPdf(a), { id: entry, attachmentId: attachment.id });
  expect(again.place).toEqual(moved.place);
});
