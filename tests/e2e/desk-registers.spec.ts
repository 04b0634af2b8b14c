/**
 * The clerk's desk, registers side, in Chromium through a local host with a real database: outgoing
 * numbers reserved and cancelled with reasons and seen in the register, a registered document's file
 * verified, the incoming book of a month previewed and exported to DOCX (rows checked), reports,
 * settings and care; a screenshot of each screen.
 */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { screen } from './helpers';
import { DOCS } from './desk-data';
import { firstRun, go, startDeskHost, watchErrors } from './desk-helpers';

test.describe.configure({ mode: 'serial' });
let page: Page;
let stop: () => Promise<void>;
let errors: string[] = [];
const MARCH = DOCS.slice(0, 12);
const FEBRUARY = DOCS.slice(12, 14);

test.beforeAll(async ({ browser }) => {
  const h = await startDeskHost('2026-03-25');
  stop = h.stop;
  page = await browser.newPage();
  errors = watchErrors(page);
  await firstRun(page, h.host);
  await page.evaluate(async ({ march, feb }) => {
    const add = (d: (typeof march)[number], i: number, month: string) => window.vanthu.registry.deskRegisterIncoming({
      receivedDate: `2026-${month}-${String(2 + i).padStart(2, '0')}`, sender: d.sender, senderNumber: d.number, summary: d.summary,
      typeName: ({ CV: 'Công văn', HD: 'Hướng dẫn', KH: 'Kế hoạch', BC: 'Báo cáo', TTr: 'Tờ trình' } as Record<string, string>)[d.number.split(/[-/]/)[1]] ?? '',
      unit: d.unit, person: d.person, ...(d.unit ? { deadline: `2026-${month}-${String(8 + i).padStart(2, '0')}` } : {}),
    });
    for (const [i, d] of feb.entries()) await add(d, i, '02');
    for (const [i, d] of march.entries()) await add(d, i, '03');
    for (const [i, date] of ['2026-03-02', '2026-03-05', '2026-03-09'].entries()) {
      const draft = await window.vanthu.drafts.create({ templateId: i === 1 ? 'ket-luan' : 'nghi-quyet' });
      // The drafter has replaced the template's blanks and sample prose (the issue gate refuses them).
      type N = { text?: string; marks?: { type: string; attrs?: { kind?: string } }[]; content?: N[] };
      const own = (n: N): N => {
        const ph = n.marks?.find((m) => m.type === 'placeholder');
        return { ...n, ...(ph ? { marks: n.marks!.filter((m) => m !== ph), ...(ph.attrs?.kind === 'blank' ? { text: '15' } : {}) } : {}), ...(n.content ? { content: n.content.map(own) } : {}) };
      };
      const d = draft.draft as unknown as { doc: N };
      await window.vanthu.drafts.autosave({ id: draft.id, draft: { ...d, doc: own(d.doc) } as never });
      await window.vanthu.drafts.submit({ id: draft.id });
      await window.vanthu.drafts.issue({ id: draft.id, date, pdf: false });
    }
  }, { march: MARCH, feb: FEBRUARY });
});
test.afterAll(async () => {
  await page.close();
  await stop();
});

test('outgoing numbers reserved and cancelled with reasons, seen in the register', async () => {
  await go(page, 'Văn bản đi');
  const register = page.getByRole('table', { name: 'Sổ đăng ký văn bản đi' });
  await expect(register).toHaveAttribute('aria-rowcount', '3');
  await page.getByLabel('Loại văn bản giữ số').selectOption('CV');
  await page.getByLabel('Trích yếu số giữ').fill('V/v chuẩn bị hội nghị sơ kết quý I');
  await page.getByRole('button', { name: 'Giữ số', exact: true }).click();
  const detail = page.getByRole('complementary', { name: /Văn bản đi 01-CV\/TU/ });
  await expect(detail).toContainText('Giữ số');
  await detail.getByLabel('Lý do').fill('Hội nghị lùi sang tháng 4, không ban hành công văn');
  await detail.getByRole('button', { name: 'Hủy số' }).click();
  await expect(detail).toContainText('Đã hủy');
  await page.getByLabel('Trích yếu số giữ').fill('V/v triệu tập cán bộ chủ chốt');
  await page.getByRole('button', { name: 'Giữ số', exact: true }).click();
  await expect(page.getByRole('complementary', { name: /Văn bản đi 02-CV\/TU/ })).toContainText('Giữ số');
  await expect(register).toHaveAttribute('aria-rowcount', '5');
  const cancelled = register.getByRole('row').filter({ hasText: '01-CV/TU' });
  await expect(cancelled).toContainText('Đã hủy');
  await expect(cancelled).toContainText('Hội nghị lùi sang tháng 4');
  await expect(register.getByRole('row').filter({ hasText: '02-CV/TU' })).toContainText('Giữ số');
  await screen(page, 'desk-06-van-ban-di-giu-huy-so');
  await register.getByRole('row').filter({ hasText: '01-KL/TU' }).click();
  const issued = page.getByRole('complementary', { name: /Văn bản đi 01-KL\/TU/ });
  await expect(issued.getByTestId('file-check')).toHaveText('Tệp lưu khớp với mã băm SHA-256 ghi trong sổ.');
  await screen(page, 'desk-07-van-ban-di-kiem-tra-tep');
});

test('the incoming book of a month: previewed as pages and exported to DOCX with its rows', async () => {
  await page.getByRole('tab', { name: 'In sổ' }).click();
  await expect(page.getByLabel('Từ ngày')).toHaveValue('01/03/2026');
  await expect(page.getByLabel('Đến ngày')).toHaveValue('31/03/2026');
  await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
  const preview = page.getByLabel('Xem trước trang in');
  await expect(preview.locator('tbody tr')).toHaveCount(MARCH.length);
  await screen(page, 'desk-08-in-so-van-ban-den');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất DOCX' }).click()]);
  const xml = strFromU8(unzipSync(fs.readFileSync(await download.path()))['word/document.xml']);
  for (const d of MARCH) expect(xml).toContain(d.number);
  for (const d of FEBRUARY) expect(xml).not.toContain(d.number);
  expect(xml).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
  expect(xml).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
});

test('the printed pages rendered by LibreOffice, where it is installed', async () => {
  test.skip(!['/usr/bin/soffice', '/usr/bin/pdftoppm'].every((f) => fs.existsSync(f)), 'LibreOffice or poppler-utils missing');
  test.setTimeout(90_000);
  await page.getByRole('button', { name: 'Xem trang in (LibreOffice)' }).click();
  await expect(page.getByRole('img', { name: 'Trang 1' })).toBeVisible({ timeout: 60_000 });
  await screen(page, 'desk-08b-in-so-trang-libreoffice');
});

test('reports with charts; settings and care', async () => {
  await page.getByRole('tab', { name: 'Báo cáo, thống kê' }).click();
  await expect(page.getByRole('img', { name: 'Biểu đồ: Đến, Đi' })).toBeVisible();
  await screen(page, 'desk-09-bao-cao');
  await go(page, 'Danh mục / Cài đặt');
  await page.getByRole('tab', { name: 'Sổ, nhiệm kỳ, loại văn bản' }).click();
  // One open term per outgoing book (the Tỉnh ủy's, its Văn phòng's, each board's).
  await expect(page.getByText('đang mở').first()).toBeVisible();
  await screen(page, 'desk-10-so-nhiem-ky');
  await page.getByRole('tab', { name: 'Sổ địa chỉ' }).click();
  await expect(page.getByText('Văn phòng Trung ương Đảng')).toBeVisible();
  await screen(page, 'desk-11-so-dia-chi');
  await page.getByRole('tab', { name: 'Nhật ký thao tác' }).click();
  await expect(page.getByTestId('audit-verdict')).toContainText('Chuỗi nhật ký nguyên vẹn');
  await screen(page, 'desk-12-nhat-ky');
  await page.getByRole('tab', { name: 'Cơ quan và sao lưu' }).click();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Thư mục sao lưu:')).toBeVisible();
  await screen(page, 'desk-13-co-quan-sao-luu');
});

test('no script error and no Content-Security-Policy violation on the desk screens', () => {
  expect(errors).toEqual([]);
});
