/**
 * The app frame in Chromium through the local host, on a fresh database: first-run setup,
 * every section, one call of each domain of the contract, screenshots of each screen.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hostUrl, screen } from './helpers';

test.describe.configure({ mode: 'serial' });

let page: Page;
let draftId = '';

const consoleErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

test.afterAll(async () => {
  await page.close();
});

async function go(label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
  await expect(page.locator('#screen-title')).toHaveText(label);
}

test('first run: the organisation profile is required, checked and saved (settings)', async () => {
  await page.goto(hostUrl());
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với vanthu' })).toBeVisible();
  await screen(page, '01-first-run');
  await page.getByRole('button', { name: 'Điền dữ liệu mẫu' }).click();
  await page.getByLabel('Ký hiệu cơ quan').fill('T U');
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  await expect(page.getByTestId('error')).toContainText('Ký hiệu cơ quan: không đúng định dạng');
  await screen(page, '02-first-run-error');
  await page.getByLabel('Ký hiệu cơ quan').fill('TU');
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  await expect(page.getByRole('navigation')).toContainText('TỈNH ỦY NINH BÌNH');
});

test('compose: templates, a draft, its DOCX downloaded (templates, drafts, export, files)', async () => {
  await expect(page.locator('#screen-title')).toHaveText('Soạn thảo');
  await screen(page, '03-soan-thao');
  // Domain calls go through the page's own window.vanthu (browser client, token, host), so this
  // test does not depend on the compose screen's layout, which the drafting issue owns.
  const made = await page.evaluate(async () => {
    const templates = await window.vanthu.templates.list();
    const draft = await window.vanthu.drafts.create({ templateId: 'nghi-quyet' });
    const listed = await window.vanthu.drafts.list({ query: 'nghi quyet' });
    const file = await window.vanthu.drafts.exportDraft({ id: draft.id });
    return { ids: templates.map((t) => t.id), id: draft.id, listed: listed.map((d) => d.id), file };
  });
  expect(made.ids).toEqual(expect.arrayContaining(['nghi-quyet', 'ket-luan', 'ke-hoach']));
  expect(made.listed).toContain(made.id);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((f) => window.vanthu.files.saveAs({ file: f.file, name: f.name }), made.file),
  ]);
  expect(download.suggestedFilename()).toMatch(/^du-thao-nghi-quyet.*\.docx$/);
  expect(fs.readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
  draftId = made.id;
});

test('outgoing: the draft is numbered and shows in the register (registry)', async () => {
  // The template's sample sentences must be replaced before a number is given: keep their text as the drafter's own.
  await page.evaluate(async (id) => {
    type Json = { marks?: { type: string }[]; content?: Json[] };
    const own = (n: Json): Json => ({ ...n, ...(n.marks ? { marks: n.marks.filter((m) => m.type !== 'placeholder') } : {}), ...(n.content ? { content: n.content.map(own) } : {}) });
    const rec = await window.vanthu.drafts.get({ id });
    const draft = rec.draft as unknown as { doc: Json };
    await window.vanthu.drafts.autosave({ id, draft: { ...draft, doc: own(draft.doc) } as never });
    await window.vanthu.drafts.submit({ id });
  }, draftId);
  const { row } = await page.evaluate((id) => window.vanthu.drafts.issue({ id, pdf: false }), draftId);
  expect(row.number).toBe('01-NQ/TU');
  const again = await page.evaluate((id) => window.vanthu.drafts.issue({ id, pdf: false }).catch((e: Error) => e.message), draftId);
  expect(again).toContain('đã được cấp số 01-NQ/TU');
  await go('Văn bản đi');
  await expect(page.getByRole('cell', { name: '01-NQ/TU' })).toBeVisible();
  await screen(page, '04-van-ban-di');
});

test('incoming: a document with an uploaded attachment is registered (registry, files)', async () => {
  await go('Văn bản đến');
  await page.getByLabel('Cơ quan gửi').fill('Văn phòng Trung ương Đảng');
  await page.getByLabel('Số và ký hiệu').fill('88-CV/VPTW');
  await page.getByLabel('Trích yếu nội dung').fill('Về việc triển khai chuyển đổi số trong các cơ quan đảng');
  await page.getByLabel('Chuyển cho').fill('Ban Tổ chức Tỉnh ủy');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Chọn tệp…' }).click()]);
  await chooser.setFiles({ name: 'cong-van-88.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(page.getByText('Tệp đính kèm: cong-van-88.pdf')).toBeVisible();
  await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
  await expect(page.getByRole('cell', { name: '88-CV/VPTW' })).toBeVisible();
  await screen(page, '05-van-ban-den');
});

test('search: without diacritics finds both registers (search)', async () => {
  await go('Tìm kiếm');
  await page.getByLabel('Từ khóa tìm kiếm').fill('chuyen doi so');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await expect(results).toContainText('01-NQ/TU');
  await expect(results).toContainText('88-CV/VPTW');
  await screen(page, '06-tim-kiem');
});

test('settings: profile shown, a backup made (backup)', async () => {
  await go('Danh mục / Cài đặt');
  await expect(page.getByRole('cell', { name: 'TỈNH ỦY NINH BÌNH' })).toBeVisible();
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/call/backup.create', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByTestId('busy')).toContainText('Đang sao lưu dữ liệu…');
  await screen(page, '07-busy');
  release();
  await expect(page.getByTestId('busy')).toBeHidden();
  await expect(page.getByText(/^vanthu-.*\.db$/).first()).toBeVisible();
  await screen(page, '08-cai-dat');
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveValue('TỈNH ỦY NINH BÌNH');
  await expect(page.getByLabel('Ngày bắt đầu nhiệm kỳ')).toHaveValue('01/10/2025');
  await screen(page, '08b-sua-thong-tin');
  await page.getByRole('button', { name: 'Hủy' }).click();
});

test('about box shows the versions (app)', async () => {
  await page.getByRole('button', { name: 'Giới thiệu vanthu' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Trình duyệt, máy chủ cục bộ');
  await expect(dialog).toContainText('SQLite');
  await screen(page, '09-gioi-thieu');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
});

test('Alt+1 … Alt+5 switch sections from the keyboard', async () => {
  const names = ['Soạn thảo', 'Văn bản đi', 'Văn bản đến', 'Tìm kiếm', 'Danh mục / Cài đặt'];
  for (const [i, name] of names.entries()) {
    await page.keyboard.press(`Alt+${i + 1}`);
    await expect(page.locator('#screen-title')).toHaveText(name);
  }
});

test('no script error and no Content-Security-Policy violation in the whole session', () => {
  expect(consoleErrors).toEqual([]);
});
