/**
 * A drafter breaks the trích yếu by hand in the title form (Shift+Enter), Enter finishes the form,
 * and the page view prints the break where it was made; Nơi nhận lines hang their dash.
 */
import { expect, test, type Page } from '@playwright/test';
import { newDraft, openComposePage } from './compose-helpers';
import { screen } from './helpers';

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  ({ page, close } = await openComposePage(browser));
});

test.afterAll(() => close());

test('Shift+Enter breaks the summary there, Enter finishes, the page view shows the break', async () => {
  await newDraft(page, 'ket-luan');
  await page.locator('[data-open="title"]').click();
  const summary = page.locator('[data-form="title"] [data-field="summary"]');
  await summary.click();
  await summary.press('Control+a');
  await page.keyboard.type('về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm,');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('nhiệm vụ trọng tâm 3 tháng cuối năm 2026');
  await expect(summary).toHaveValue('về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm,\nnhiệm vụ trọng tâm 3 tháng cuối năm 2026');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-part="title"]')).not.toHaveClass(/open/);
  const printed = page.locator('.vt-c-summary');
  await expect(printed).toHaveText('về tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm,\nnhiệm vụ trọng tâm 3 tháng cuối năm 2026', { useInnerText: true });
  // Two printed lines, the second starting with the words after the break.
  const lines = await printed.evaluate((p) => {
    const r = document.createRange();
    r.selectNodeContents(p);
    return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
  });
  expect(lines).toBe(2);
  await printed.scrollIntoViewIfNeeded();
  await screen(page, 'title-breaks-summary');
});

test('Nơi nhận lines hang their dash in the page view', async () => {
  const line = page.locator('.vt-c-recipient').first();
  await line.scrollIntoViewIfNeeded();
  const { pad, indent } = await line.evaluate((p) => ({ pad: getComputedStyle(p).paddingLeft, indent: getComputedStyle(p).textIndent }));
  expect(parseFloat(pad)).toBeGreaterThan(5);
  expect(parseFloat(indent)).toBe(-parseFloat(pad));
  await screen(page, 'title-breaks-recipients');
});
