/**
 * Word files in, in Chromium through a local host: "Mở tệp Word" in the drafting screen turns a
 * .docx with a colon after "Số" into a draft and shows the import report; "Kiểm tra thể thức tệp
 * Word" lists a State-style "Nơi nhận"; a file over the limit is refused in Vietnamese before it is
 * sent; on the desk, an incoming .docx dropped on the form is checked and fills the number, date,
 * sender and summary, which stay editable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { screen } from './helpers';
import { dropFile, firstRun, go, startDeskHost, watchErrors } from './desk-helpers';

test.describe.configure({ mode: 'serial' });
let page: Page;
let stop: () => Promise<void>;
let errors: string[] = [];
const fixture = (name: string) => path.resolve('tests/fixtures/docx-errors', name);

test.beforeAll(async ({ browser }) => {
  const h = await startDeskHost('2026-03-10');
  stop = h.stop;
  page = await browser.newPage();
  errors = watchErrors(page);
  await firstRun(page, h.host);
});
test.afterAll(async () => {
  await page.close();
  await stop();
});

test('Mở tệp Word: a Word file becomes a draft, with the import report', async () => {
  await go(page, 'Soạn thảo');
  await expect(page.getByRole('button', { name: 'Mở tệp Word…' })).toBeVisible();
  await screen(page, 'word-01-soan-thao');
  await page.getByTestId('word-open-input').setInputFiles(fixture('08-so-co-hai-cham.docx'));
  const report = page.getByTestId('word-import-report');
  // The first Word call loads the reader (on first use): allow it the time.
  await expect(report).toContainText('Đã mở tệp Word "08-so-co-hai-cham.docx" thành dự thảo.', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: '← Danh sách dự thảo' })).toBeVisible();
  await expect(page.locator('.ProseMirror')).toContainText('về đẩy mạnh chuyển đổi số');
  await screen(page, 'word-02-mo-tep-word');
  await page.getByRole('button', { name: '← Danh sách dự thảo' }).click();
  await expect(page.getByRole('list', { name: 'Danh sách dự thảo' })).toContainText('Nghị quyết về đẩy mạnh chuyển đổi số');
});

test('Kiểm tra thể thức tệp Word: the findings of a State-style Nơi nhận', async () => {
  await page.getByTestId('word-check-input').setInputFiles(fixture('11-noi-nhan-dam-nghieng.docx'));
  const findings = page.getByTestId('word-findings');
  await expect(findings).toContainText('theo Hướng dẫn 36-HD/VPTW (2018): 3 lỗi.');
  await expect(findings.locator('li[data-code="bold"][data-part="recipients"]')).toContainText('"Nơi nhận:" in đậm');
  await expect(findings.locator('li[data-code="italic"]')).toContainText('Quy định: "Nơi nhận:": cỡ 14 pt, không đậm, đứng, gạch chân.');
  await findings.scrollIntoViewIfNeeded();
  await screen(page, 'word-03-kiem-tra-the-thuc');
  await page.getByTestId('word-check-input').setInputFiles(fixture('00-sach-hd36.docx'));
  await expect(findings).toContainText('00-sach-hd36.docx, theo Hướng dẫn 36-HD/VPTW (2018): không thấy lỗi thể thức.');
});

test('a Word file over the limit is refused before it is sent', async () => {
  const sent: string[] = [];
  page.on('request', (r) => { if (r.url().includes('drafts.checkWord')) sent.push(r.url()); });
  await page.getByTestId('word-check-input').setInputFiles({ name: 'qua-lon.docx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(2_600_000, 1) });
  await expect(page.getByRole('alert')).toContainText('Tệp Word lớn quá 2,5 MB (tệp có 2,6 MB)');
  expect(sent).toEqual([]);
});

test('desk: an incoming Word file is checked and fills the form', async () => {
  await go(page, 'Văn bản đến');
  const form = 'form[aria-label="Vào sổ văn bản đến"]';
  await dropFile(page, form, 'nghi-quyet-04.docx', fs.readFileSync(fixture('09-thang-03.docx')), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const note = page.getByTestId('word-incoming');
  await expect(note).toContainText('được đọc từ tệp "nghi-quyet-04.docx"');
  await expect(page.getByLabel('Số và ký hiệu')).toHaveValue('04-NQ/TU');
  await expect(page.getByLabel('Ngày văn bản')).toHaveValue('06/03/2026');
  await expect(page.getByRole('combobox', { name: 'Cơ quan gửi' })).toHaveValue('TỈNH ỦY NINH BÌNH');
  await expect(page.getByLabel('Trích yếu nội dung')).toHaveValue(/^về đẩy mạnh chuyển đổi số/);
  await expect(page.getByLabel('Tên loại')).toHaveValue('Nghị quyết');
  await note.getByText('Kiểm tra thể thức: 1 lỗi').click();
  await expect(note.locator('li[data-code="date-line"]')).toContainText('tháng 03');
  await screen(page, 'word-04-van-ban-den');
  await page.getByLabel('Trích yếu nội dung').fill('về chuyển đổi số (đã soát)');
  await page.getByLabel('Trích yếu nội dung').press('Enter');
  await expect(page.getByTestId('saved')).toContainText('số đến 1');
  expect(errors).toEqual([]);
});
