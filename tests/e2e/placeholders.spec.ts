/**
 * Template placeholders in Chromium (issue #11): a Kết luận made from its template shows its blanks
 * and sample prose greyed; a click selects a blank whole and typing replaces it; the check panel
 * lists what is left and Trình ký is refused with the reason; once everything is filled, Trình ký
 * and then Cấp số & đăng ký go through.
 */
import { expect, test, type Page } from '@playwright/test';
import { composeWord, newDraft, openComposePage } from './compose-helpers';
import { screen } from './helpers';
import { fillPlaceholders } from './placeholder-helpers';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  ({ page, close } = await openComposePage(browser));
});

test.afterAll(() => close());

const placeholders = () => page.locator('.compose-work .vt-body .vt-placeholder');
const firstParagraph = () => page.locator('.compose-work .vt-body > p').first();
const selectedText = () => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('Kết luận: blanks greyed, selected whole, replaced by typing; Trình ký and Cấp số wait until all are filled', async () => {
  await newDraft(page, 'ket-luan');
  const blank = page.locator('.compose-work .vt-body .vt-placeholder[data-kind="blank"]').first();
  await expect(blank).toHaveText('...');
  const look = await blank.evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
  const bodyColor = await firstParagraph().evaluate((el) => getComputedStyle(el).color);
  expect(look.color).not.toBe(bodyColor);
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('.compose-work .vt-body .vt-placeholder[data-kind="sample"]').first()).toBeVisible();

  // The check lists the blanks; Trình ký is refused and says why.
  await expect(page.locator('.vt-finding button[data-code="placeholder-blank"]').first())
    .toContainText('Còn chỗ trống của mẫu chưa điền: "hội nghị ngày ... tháng ... năm 2026, sau khi nghe" (đoạn 1).');
  await expect(page.locator('.vt-finding button[data-code="placeholder-sample"]').first()).toContainText('Còn câu văn mẫu chưa thay');
  await expect(page.locator('.vt-check-template')).toContainText(/^Còn \d+ chỗ của mẫu chưa điền hoặc chưa thay/);
  const trinhKy = page.getByRole('button', { name: 'Trình ký' });
  await expect(trinhKy).toBeDisabled();
  await expect(page.locator('#issue-blocked-errors')).toContainText(/Còn \d+ lỗi thể thức .* sửa xong mới trình ký, cấp số được\./);
  await screen(page, 'placeholders-1-new-ket-luan');

  // A click selects the blank whole; typing replaces it, and the new text is not a placeholder.
  await blank.click();
  expect(await selectedText()).toBe('...');
  await page.keyboard.type('15');
  await expect(firstParagraph()).toContainText('Tại hội nghị ngày 15 tháng ... năm 2026, ');
  await expect(firstParagraph().locator('.vt-placeholder').first()).toHaveText('...');
  expect(await firstParagraph().locator('.vt-placeholder', { hasText: '15' }).count()).toBe(0);
  await expect(page.locator('.vt-finding button[data-code="placeholder-blank"]').first())
    .toContainText('"ngày 15 tháng ... năm 2026, sau khi nghe" (đoạn 1)');
  await screen(page, 'placeholders-2-one-blank-filled');

  // An IME composition (Telex, as Unikey sends it) over a selected blank replaces it too, unmarked.
  const month = firstParagraph().locator('.vt-placeholder').first();
  await month.click();
  expect(await selectedText()).toBe('...');
  await composeWord(page, ['m', 'mư', 'mươ', 'mười']);
  await expect(firstParagraph()).toContainText('Tại hội nghị ngày 15 tháng mười năm 2026, ');
  expect(await firstParagraph().locator('.vt-placeholder', { hasText: 'mười' }).count()).toBe(0);

  // Fill every other placeholder: a blank gets a number, a sample sentence the drafter's own text.
  const sample = placeholders().filter({ hasText: 'Chín tháng đầu năm' });
  await sample.click();
  expect(await selectedText()).toBe(await sample.textContent());
  await fillPlaceholders(page);
  await expect(page.locator('.vt-check-sum')).toHaveAttribute('data-errors', '0');
  await expect(page.locator('.vt-check-template')).toHaveCount(0);
  await expect(trinhKy).toBeEnabled();
  await screen(page, 'placeholders-3-all-filled');

  // Trình ký, then Cấp số & đăng ký are open to the filled draft.
  await trinhKy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã trình ký' })).toBeVisible();
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('05/10/2026');
  await page.getByLabel('Xác nhận ban hành ngày 05/10/2026').check();
  const capSo = page.getByRole('button', { name: 'Cấp số & đăng ký' });
  await expect(capSo).toBeEnabled();
  await capSo.click();
  await expect(page.locator('[data-number]')).toHaveText('01-KL/TU', { timeout: 60_000 });
  await screen(page, 'placeholders-4-issued');
});
