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

const inForm = 'form[aria-label="Vào sổ văn bản đến"]';

test('the incoming form checks itself in Vietnamese and names the field of each error', async () => {
  await go(page, 'Văn bản đến');
  const form = page.locator(inForm);
  await expect(form).toHaveAttribute('novalidate', '');
  await expect(form.locator('[required]')).toHaveCount(0); // no browser-default English messages
  await page.getByLabel('Ngày văn bản').fill('31/2/26');
  await page.getByLabel('Hạn xử lý').fill('hôm sau');
  await form.getByRole('button', { name: 'Vào sổ', exact: true }).click();
  const errs = page.getByTestId('form-errors');
  await expect(errs).toContainText('Cơ quan gửi: chưa ghi cơ quan gửi văn bản.');
  await expect(errs).toContainText('Trích yếu nội dung: chưa ghi trích yếu.');
  await expect(errs).toContainText('Ngày văn bản: "31/2/26" không đọc được là ngày');
  await expect(errs).toContainText('Hạn xử lý: "hôm sau" không đọc được là ngày');
  await expect(page.getByRole('combobox', { name: 'Cơ quan gửi' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Cơ quan gửi' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Ngày văn bản')).toHaveAccessibleDescription(/^Ngày văn bản: /);
  await shot('trust-desk-incoming-errors');
});

test('a backdated arrival and a future document date are asked about, then accepted', async () => {
  await page.getByRole('combobox', { name: 'Cơ quan gửi' }).fill('Tỉnh ủy Ninh Bình');
  await page.getByLabel('Số và ký hiệu').fill('245-CV/TU');
  await page.getByLabel('Ngày văn bản').fill('6/9/26');
  await page.getByLabel('Hạn xử lý').fill('');
  await page.getByLabel('Trích yếu nội dung').fill('V/v báo cáo kết quả chuyển đổi số');
  await page.getByLabel('Trích yếu nội dung').press('Enter');
  await expect(page.getByTestId('saved')).toContainText('số đến 1 ngày 10/09/2026');
  await page.getByRole('combobox', { name: 'Cơ quan gửi' }).fill('Ban Tổ chức Tỉnh ủy');
  await page.getByLabel('Ngày đến').fill('01/09/2026');
  await page.getByLabel('Ngày văn bản').fill('20/9/26');
  await page.getByLabel('Hạn xử lý').fill('');
  await page.getByLabel('Trích yếu nội dung').fill('Về việc nhận xét cán bộ');
  await page.getByLabel('Trích yếu nội dung').press('Enter');
  const warn = page.getByTestId('date-warnings');
  await expect(warn).toContainText('Ngày đến 01/09/2026 sớm hơn ngày đến của văn bản vào sổ gần nhất (số đến 1, ngày 10/09/2026).');
  await expect(warn).toContainText('Ngày văn bản 20/09/2026 ở tương lai (hôm nay 10/09/2026).');
  await expect(page.getByTestId('form-errors')).toHaveCount(0);
  await shot('trust-desk-incoming-date-warnings');
  await expect(page.getByRole('button', { name: 'Vẫn vào sổ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved')).toContainText('số đến 2 ngày 01/09/2026');
});

test('buttons that cannot be used yet say why', async () => {
  await go(page, 'Danh mục / Cài đặt');
  await page.getByRole('tab', { name: 'Sổ, nhiệm kỳ, loại văn bản' }).click();
  const close = page.getByRole('button', { name: 'Kết thúc nhiệm kỳ' }).first();
  await expect(close).toBeDisabled();
  await expect(close).toHaveAccessibleDescription('Để kết thúc nhiệm kỳ: Ngày kết thúc: chưa ghi ngày.');
  await page.getByLabel('Ngày kết thúc').first().fill('40/1/2030');
  await expect(close).toHaveAccessibleDescription(/Ngày kết thúc: "40\/1\/2030" không đọc được là ngày/);
  const add = page.getByRole('button', { name: 'Thêm sổ' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription('Để thêm sổ: Ký hiệu sổ: chưa ghi (ví dụ ĐUK). Tên sổ: chưa ghi.');
  await page.getByLabel('Ký hiệu sổ mới').fill('ĐUK');
  await expect(add).toHaveAccessibleDescription('Để thêm sổ: Tên sổ: chưa ghi.');
  await shot('trust-desk-books-why');
});

test('the organisation form checks itself in Vietnamese and names the field', async () => {
  await page.getByRole('tab', { name: 'Cơ quan và sao lưu' }).click();
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  const form = page.locator('form.setup-card');
  await expect(form).toHaveAttribute('novalidate', '');
  await expect(form.locator('[required]')).toHaveCount(0);
  await page.getByLabel('Tên cơ quan ban hành').fill('');
  await page.getByLabel('Ngày bắt đầu nhiệm kỳ').fill('1/13/2025');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  const errs = page.getByTestId('setup-errors');
  await expect(errs).toContainText('Tên cơ quan ban hành: chưa ghi (ví dụ TỈNH ỦY NINH BÌNH).');
  await expect(errs).toContainText('Ngày bắt đầu nhiệm kỳ: "1/13/2025" không đọc được là ngày');
  await expect(page.getByLabel('Tên cơ quan ban hành')).toBeFocused();
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveAccessibleDescription(/^Tên cơ quan ban hành: chưa ghi/);
});

test('search: one letter and đ/d alike across registers and drafts; an issued document once; matched fields shown', async () => {
  const draftId = await draftDated(page, 'ket-luan', null); // the same trích yếu as the issued ones, not issued
  await page.evaluate(async () => {
    const rows = await window.vanthu.registry.deskIncoming({ offset: 0, limit: 10 });
    const second = rows.rows.find((r) => r.serial === 2)!;
    await window.vanthu.registry.deskRoute({ id: second.id, unit: 'Ban Dân vận', person: '', note: '' });
  });
  await go(page, 'Tìm kiếm');
  const box = page.getByLabel('Từ khóa tìm kiếm');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem');
  const kinds = async () => (await results.locator('.tag').allInnerTexts()).sort();

  await box.fill('Đ');
  await expect(results.filter({ hasText: '245-CV/TU' })).toHaveCount(1); // incoming: "… chuyển đổi số"
  await expect(results.filter({ hasText: '01-KL/TU' })).toHaveCount(1); // outgoing: "… 9 tháng đầu năm …"
  await expect(results.filter({ has: page.locator('.tag', { hasText: 'Dự thảo' }) })).toHaveCount(1);
  const withD = await kinds();
  await box.fill('d');
  await expect.poll(kinds).toEqual(withD);
  await shot('trust-desk-search-one-letter');

  await box.fill('tinh hinh thuc hien');
  await expect(results).toHaveCount(5);
  expect(await kinds()).toEqual(['Dự thảo', 'Đi', 'Đi', 'Đi', 'Đi'].sort()); // each issued Kết luận once, as its register entry
  const first = results.filter({ hasText: '01-KL/TU' });
  await expect(first).toContainText('01-KL/TU · 05/09/2026'); // the register's date
  await expect(first.getByRole('button', { name: 'Mở dự thảo' })).toBeVisible();

  await box.fill('dan van');
  const routed = results.filter({ hasText: 'Về việc nhận xét cán bộ' });
  await expect(routed).toHaveCount(1);
  await expect(routed.locator('[data-also]')).toHaveText('Chuyển: Ban Dân vận');
  await shot('trust-desk-search-results');

  await box.fill('tinh hinh thuc hien');
  await first.getByRole('button', { name: 'Mở dự thảo' }).click();
  await expect(page.locator('#screen-title')).toHaveText('Soạn thảo');
  await expect(page.locator('.compose-work')).toHaveAttribute('data-status', 'issued');
  await expect(page.locator('[data-number]')).toHaveText('01-KL/TU');
  expect(draftId).toBeTruthy();
  expect(errors).toEqual([]);
});

const MM = 72 / 25.4;

test('the received stamp lands on free space of page 1, covers no text, and can be dragged', async () => {
  test.setTimeout(240_000);
  const pdf = congVanPdf(fs.mkdtempSync(path.join(dataDir, 'cv-')));
  await go(page, 'Văn bản đến');
  await page.getByRole('combobox', { name: 'Cơ quan gửi' }).fill('Tỉnh ủy Ninh Bình');
  await page.getByLabel('Số và ký hiệu').fill('246-CV/TU');
  await page.getByLabel('Ngày đến').fill('10/09/2026');
  await page.getByLabel('Ngày văn bản').fill('6/3/26');
  await page.getByLabel('Trích yếu nội dung').fill('V/v báo cáo kết quả chuyển đổi số');
  await dropFile(page, 'form[aria-label="Vào sổ văn bản đến"]', 'cong-van-245.pdf', fs.readFileSync(pdf), 'application/pdf');
  await expect(page.getByText('Tệp đính kèm: cong-van-245.pdf')).toBeVisible();
  await page.getByLabel('Trích yếu nội dung').press('Enter');
  await expect(page.getByTestId('saved')).toContainText('số đến 3');
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

