/**
 * Nhập sổ từ Excel (Cài đặt) in Chromium: a register file is chosen, the preview lists the rows it
 * will import and the refused rows with their reasons, nothing is written until "Nhập … dòng vào
 * sổ" is pressed, then the rows are in the outgoing register.
 */
import { expect, test, type Page } from '@playwright/test';
import { ownHost, setUp } from './compose-helpers';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const env = await ownHost();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  page = await context.newPage();
  await setUp(page, env.host.launchUrl());
  close = async () => { await context.close(); await env.close(); };
});

test.afterAll(() => close?.());

const CSV = '\uFEFFTỈNH ỦY HÀ NAM;;;\nSỔ ĐĂNG KÝ VĂN BẢN ĐI;;;\nSố, ký hiệu văn bản;Ngày tháng văn bản;Tên loại và trích yếu nội dung;Người ký\n'
  + '01-NQ/TU;06/10/2025;Nghị quyết về chuyển đổi số;Nguyễn Văn An\n'
  + '02-NQ/TU;ngày 20 tháng 10 năm 2025;Nghị quyết về công tác cán bộ;Nguyễn Văn An\n'
  + '03/NQ-TU;21/10/2025;Ghi theo mẫu nhà nước;\n';

const outgoing = () => page.evaluate(async () => (await window.vanthu.registry.listOutgoing({ limit: 50, offset: 0 })).rows.map((r) => r.number));

test('the preview shows what will be imported and what is refused; Nhập writes the rows', async () => {
  await page.getByRole('navigation').getByRole('button', { name: 'Danh mục / Cài đặt', exact: true }).click();
  await page.getByRole('tab', { name: 'Nhập sổ từ Excel' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Chọn tệp sổ…' }).click()]);
  await chooser.setFiles({ name: 'so-di-cu.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });

  const table = page.getByRole('table', { name: 'Dòng sẽ nhập' });
  await expect(table.getByRole('row')).toHaveCount(3, { timeout: 60_000 });
  await expect(table.getByRole('row').nth(1)).toHaveText(/so-di-cu\s*4\s*01-NQ\/TU\s*06\/10\/2025\s*Nghị quyết về chuyển đổi số/u);
  await expect(table.getByRole('row').nth(2)).toHaveText(/02-NQ\/TU\s*20\/10\/2025/u);
  await expect(page.getByRole('group', { name: 'Dòng bị từ chối' })).toContainText('Dòng 6, cột A (Số, ký hiệu văn bản): "03/NQ-TU" là cách ghi của văn bản nhà nước');
  await expect(page.getByText('Sẽ nhập 2 dòng')).toBeVisible();
  expect(await outgoing()).toEqual([]);

  await page.getByRole('button', { name: 'Nhập 2 dòng vào sổ' }).click();
  await expect(page.getByText('Đã nhập 2 dòng từ "so-di-cu.csv" vào sổ; 1 dòng bị từ chối không được ghi.')).toBeVisible({ timeout: 60_000 });
  expect((await outgoing()).sort()).toEqual(['01-NQ/TU', '02-NQ/TU']);
});
