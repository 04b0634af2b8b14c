/**
 * The editor's table, appendix, Trình ký lock and profile-swap features in Chromium through the
 * local host: a table built and reshaped from the toolbar, an appendix added and titled (both in
 * the exported DOCX), the draft locked after Trình ký with no autosave until "Rút lại để sửa",
 * and undo still working after the header date moved the document to another profile.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { docxParagraphs, openComposePage } from './compose-helpers';
import { fillPlaceholders } from './placeholder-helpers';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  ({ page, close } = await openComposePage(browser));
  fs.mkdirSync('.scratch', { recursive: true });
});

test.afterAll(() => close());

/** Opens a new draft of a template and puts the caret at the end of the body's last block. */
async function newDraftAtBodyEnd(p: Page, template: string): Promise<void> {
  await p.locator(`[data-template="${template}"]`).click();
  await expect(p.locator('.compose-work .vt-doc')).toBeVisible();
  const last = p.locator('.compose-work .vt-body > :last-child');
  await last.click();
  await last.evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    r.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  await p.waitForTimeout(150);
}

const rows = (p: Page) => p.locator('.compose-work .vt-body table tr');
const firstRowCells = (p: Page) => p.locator('.compose-work .vt-body table tr').first().locator('td, th');

test('tables from the toolbar, an appendix, both in the page view and the DOCX', async () => {
  await newDraftAtBodyEnd(page, 'nghi-quyet');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await page.getByLabel('Số hàng').fill('2');
  await page.getByLabel('Số cột').fill('3');
  await page.getByRole('button', { name: 'Chèn', exact: true }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(firstRowCells(page)).toHaveCount(3);
  // Tab selects the next cell's text; typing replaces it, as in Word.
  await page.keyboard.type('Đơn vị');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Chỉ tiêu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kết quả');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Huyện ủy Gia Viễn');
  await expect(page.getByRole('group', { name: 'Bảng' })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm hàng dưới' }).click();
  await expect(rows(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Thêm cột phải' }).click();
  await expect(firstRowCells(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Xóa cột' }).click();
  await expect(firstRowCells(page)).toHaveCount(3);
  await page.keyboard.type('Thành ủy Tam Điệp');
  await page.keyboard.press('Tab');
  await page.keyboard.type('95%');
  await page.getByRole('button', { name: 'Thêm hàng trên' }).click();
  await expect(rows(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Xóa hàng' }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(2)).toContainText('Thành ủy Tam Điệp');

  await page.getByRole('button', { name: 'Thêm phụ lục' }).click();
  const appendix = page.locator('.compose-work .vt-part-appendix');
  await expect(appendix).toHaveCount(1);
  await page.keyboard.type('I- DANH SÁCH ĐƠN VỊ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Huyện ủy Gia Viễn');
  await appendix.locator('[data-open="appendix"]').click();
  await appendix.locator('[data-field="title"]').fill('Danh sách các đơn vị thực hiện thí điểm');
  await appendix.locator('[data-field="title"]').press('Tab');
  await expect(appendix.locator('[data-print="appendix-title"]')).toHaveText('Danh sách các đơn vị thực hiện thí điểm');
  await appendix.locator('.vt-done').click();
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 10_000 });

  await page.locator('.compose-work .vt-body table').scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  await page.screenshot({ path: '.scratch/editor-table.png' });
  await appendix.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '.scratch/editor-appendix.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất DOCX dự thảo' }).click()]);
  const paras = await docxParagraphs(await download.path());
  for (const t of ['Đơn vị', 'Chỉ tiêu', 'Huyện ủy Gia Viễn', 'Thành ủy Tam Điệp', '95%', 'PHỤ LỤC', 'Danh sách các đơn vị thực hiện thí điểm', 'I- DANH SÁCH ĐƠN VỊ']) {
    expect(paras).toContain(t);
  }
});

test('Trình ký locks the editor and stops autosave until "Rút lại để sửa"', async () => {
  const saves: string[] = [];
  await fillPlaceholders(page); // the template's blanks and sample prose block Trình ký until replaced
  page.on('request', (r) => { if (r.url().endsWith('/api/call/drafts.autosave')) saves.push(r.url()); });
  await page.getByRole('button', { name: 'Trình ký' }).click();
  await expect(page.getByText('Đã trình ký — văn bản đang khóa')).toBeVisible();
  const doc = page.locator('.compose-work .vt-doc');
  await expect(doc).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Chèn bảng' })).toHaveCount(0);
  const before = await doc.textContent();
  saves.length = 0;
  await page.locator('.compose-work .vt-body > p').first().click();
  await page.keyboard.type('gõ khi đã khóa');
  await page.keyboard.press('Backspace');
  await page.locator('.compose-work [data-open="title"]').click();
  await expect(page.locator('.compose-work [data-form="title"]')).toBeHidden();
  await page.waitForTimeout(1500);
  expect(await doc.textContent()).toBe(before);
  expect(saves).toEqual([]);
  await page.locator('.vt-scroll').evaluate((e) => { e.scrollTop = 0; });
  await page.screenshot({ path: '.scratch/editor-locked.png' });

  await page.getByRole('button', { name: 'Rút lại để sửa' }).click();
  await expect(page.getByText('Đã trình ký — văn bản đang khóa')).toHaveCount(0);
  await expect(doc).toHaveAttribute('contenteditable', 'true');
  await page.locator('.compose-work .vt-body > p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Sửa lại sau khi rút.');
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 10_000 });
  expect(saves.length).toBeGreaterThan(0);
});

test('changing the date across HD 36 / HD 05 keeps the editor and its undo history', async () => {
  await page.getByRole('button', { name: '← Danh sách dự thảo' }).click();
  await newDraftAtBodyEnd(page, 'thong-bao');
  await page.keyboard.type(' Thêm một câu.');
  await expect(page.locator('.vt-pages')).toContainText('05-HD/VPTW');
  await page.evaluate(() => { (document.querySelector('.compose-work .vt-doc') as HTMLElement & { vtMark?: number }).vtMark = 1; });
  await page.locator('.compose-work [data-open="header"]').click();
  const date = page.locator('.compose-work [data-form="header"] [data-field="date"]');
  await date.fill('06/3/2026');
  await date.press('Tab');
  await expect(page.locator('.vt-pages')).toContainText('36-HD/VPTW');
  await expect(page.locator('.compose-work .vt-page')).toHaveAttribute('data-profile', 'hd36-2018');
  await expect(page.locator('.compose-work .vt-body .vt-closing-mark')).toHaveAttribute('data-mark', '/.');
  await page.locator('.compose-work .vt-body .vt-closing-mark').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.scratch/editor-closing-mark.png' });
  // The same editor DOM: not rebuilt.
  expect(await page.evaluate(() => (document.querySelector('.compose-work .vt-doc') as HTMLElement & { vtMark?: number }).vtMark)).toBe(1);
  await page.locator('.compose-work [data-form="header"] .vt-done').click();
  await page.locator('.compose-work .vt-body > :last-child').click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.vt-pages')).toContainText('05-HD/VPTW');
  await expect(page.locator('.compose-work [data-print="date"]')).not.toContainText('06 tháng 3');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.compose-work .vt-body')).not.toContainText('Thêm một câu.');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(page.locator('.vt-pages')).toContainText('36-HD/VPTW');
  await expect(page.locator('.compose-work .vt-body')).toContainText('Thêm một câu.');
});
