/**
 * The whole drafting flow in Chromium through the local host with a real database, for a Nghị
 * quyết, a Kết luận and a Kế hoạch: create from the template, fill the fields, type Vietnamese body
 * text with headings and dash items (one word through IME composition), fix what the check panel
 * reports, Trình ký, Cấp số & đăng ký, download the DOCX; then the DOCX and the register are read.
 */
import { expect, test, type Page } from '@playwright/test';
import { composeWord, docxParagraphs, openComposePage } from './compose-helpers';
import { screen } from './helpers';
import { fillPlaceholders } from './placeholder-helpers';

/** The sentence fillPlaceholders types over each sample sentence. */
const SAMPLE = 'Nội dung do người soạn thảo viết.';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  ({ page, close } = await openComposePage(browser));
});

test.afterAll(() => close());

const CASES = [
  { id: 'nghi-quyet', name: 'Nghị quyết', code: 'NQ', roman: 'V', date: '06/3/2026', line: 'Ninh Bình, ngày 06 tháng 3 năm 2026', iso: '2026-03-06', signer: 'Nguyễn Văn An' },
  { id: 'ket-luan', name: 'Kết luận', code: 'KL', roman: 'I', date: '15/4/2026', line: 'Ninh Bình, ngày 15 tháng 4 năm 2026', iso: '2026-04-15', signer: 'Trần Thị Bình' },
  { id: 'ke-hoach', name: 'Kế hoạch', code: 'KH', roman: 'IV', date: '2/6/2026', line: 'Ninh Bình, ngày 02 tháng 6 năm 2026', iso: '2026-06-02', signer: 'Lê Minh Châu' },
];


for (const c of CASES) {
  test(`${c.name}: from template to registered DOCX`, async () => {
    const summary = `về nhiệm vụ trọng tâm năm 2026 của ${c.name.toLowerCase()} thử nghiệm`;
    await page.locator(`[data-template="${c.id}"]`).click();
    await expect(page.locator('.compose-work .vt-doc')).toBeVisible();
    await fillPlaceholders(page); // the template's blanks and sample prose block Trình ký and Cấp số until replaced
    await expect(page.locator('.vt-check-sum')).toHaveAttribute('data-errors', '0');
    // Each sample sentence was replaced whole, never typed into the middle of one ("lãNội dung…nh đạo").
    const filled = await page.locator('.compose-work .vt-body p').evaluateAll((ps, sample) => ps.map((p) => {
      const copy = p.cloneNode(true) as Element;
      copy.querySelectorAll('.vt-pagegap').forEach((g) => g.remove()); // a page break's number inside the paragraph
      return copy.textContent ?? '';
    }).filter((t) => t.includes(sample)), SAMPLE);
    expect(filled.length).toBeGreaterThan(0);
    for (const t of filled) expect(t).not.toMatch(/\SNội dung do người soạn thảo viết\.|viết\.\S/);
    if (c.id === 'nghi-quyet') {
      // Its two dash items under "1. Quan điểm" come one after the other under the pointer.
      await expect(page.locator('.compose-work .vt-body > p.vt-dash').filter({ hasText: 'Người đứng đầu' })).toHaveCount(0);
      await page.locator('.compose-work .vt-body > h3', { hasText: '1. Quan điểm' }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await screen(page, 'compose-nghi-quyet-filled');
    }

    // The summary is cleared: the check panel reports it, Trình ký is refused; its finding jumps to the field.
    await page.locator('[data-open="title"]').click();
    await page.locator('[data-form="title"] [data-field="summary"]').fill('');
    await page.locator('[data-form="title"] [data-field="summary"]').press('Tab');
    const finding = page.locator('.vt-finding button[data-code="summary-missing"]');
    await expect(finding).toContainText('Thiếu trích yếu');
    await expect(page.getByRole('button', { name: 'Trình ký' })).toBeDisabled();
    await finding.click();
    await expect(page.locator('[data-form="title"] [data-field="summary"]')).toBeFocused();
    await page.keyboard.type(summary);
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-print="summary"]')).toHaveText(summary);
    await page.locator('[data-form="title"] .vt-done').click();

    // The signer, from the organisation's list.
    await page.locator('[data-open="signature"]').click();
    await page.locator('[data-form="signature"] [data-field="signer"]').selectOption({ index: CASES.indexOf(c) + 1 });
    await expect(page.locator('[data-print="signer"]')).toHaveText(c.signer);
    await page.locator('[data-form="signature"] .vt-done').click();

    // Body text: a heading of each level and dash items through the input rules.
    await page.locator('.compose-work .vt-body > :last-child').click();
    await page.locator('.compose-work .vt-body > :last-child').evaluate((el) => {
      // The caret at the very end of the last paragraph (End only reaches the end of a visual line).
      const r = document.createRange();
      r.selectNodeContents(el);
      r.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await page.waitForTimeout(150); // the editor reads the new DOM selection on selectionchange
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${c.roman}- HIỆU LỰC THI HÀNH`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Về tổ chức thực hiện');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Các cấp ủy quán triệt, triển khai nghiêm túc');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Văn phòng Tỉnh ủy theo dõi, đôn đốc bằng ');
    await composeWord(page, ['t', 'ti', 'tie', 'tiê', 'tiế', 'tiến', 'tiếng']);
    await page.keyboard.type(' Việt');
    await expect(page.locator('.vt-body > h2').last()).toHaveText(`${c.roman}- HIỆU LỰC THI HÀNH`);
    await expect(page.locator('.vt-body > h3').last()).toHaveText('1. Về tổ chức thực hiện');
    await expect(page.locator('.vt-body > p.vt-dash').last()).toHaveText('- Văn phòng Tỉnh ủy theo dõi, đôn đốc bằng tiếng Việt');
    await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 10_000 });
    await page.locator('.vt-scroll').evaluate((e) => { e.scrollTop = 0; });
    await screen(page, `compose-${c.id}`);

    // Trình ký, then Cấp số & đăng ký with the issue date.
    await page.getByRole('button', { name: 'Trình ký' }).click();
    await page.getByLabel('Ngày ban hành', { exact: true }).fill(c.date);
    await page.getByLabel(`Xác nhận ban hành ngày ${c.date.replace(/^(\d)\//, '0$1/').replace(/\/(\d)\//, '/0$1/')}`).check(); // the template is undated: another date is confirmed
    await page.getByRole('button', { name: 'Cấp số & đăng ký' }).click();
    const number = `01-${c.code}/TU`;
    await expect(page.locator('[data-number]')).toHaveText(number, { timeout: 60_000 });
    await expect(page.locator('[data-print="number"]')).toHaveText(`Số ${number}`);
    await expect(page.locator('[data-print="date"]')).toHaveText(c.line);
    await expect(page.locator('.compose-work .vt-doc')).toHaveAttribute('contenteditable', 'false');
    await page.locator('.vt-scroll').evaluate((e) => { e.scrollTop = 0; });
    await screen(page, `compose-${c.id}-issued`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải DOCX' }).click()]);
    const paras = await docxParagraphs(await download.path());
    expect(paras).toContain(`Số ${number}`);
    expect(paras).toContain(c.line);
    expect(paras).toContain(summary);
    expect(paras).toContain(`${c.roman}- HIỆU LỰC THI HÀNH`);
    expect(paras).toContain('1. Về tổ chức thực hiện');
    expect(paras).toContain('- Các cấp ủy quán triệt, triển khai nghiêm túc');
    expect(paras.some((p) => p.startsWith('- Văn phòng Tỉnh ủy theo dõi, đôn đốc bằng tiếng Việt'))).toBe(true);
    expect(paras).toContain(c.signer);
    expect(paras).toContain('- Ban Bí thư Trung ương Đảng,');
    expect(paras).toContain('- Lưu Văn phòng Tỉnh ủy.');

    const rows = await page.evaluate(() => window.vanthu.registry.listOutgoing({ limit: 50 }));
    const row = rows.rows.find((r) => r.number === number)!;
    expect(row).toMatchObject({ date: c.iso, status: 'issued', typeCode: c.code, signer: c.signer });
    expect(row.summary).toContain(summary);
    await page.getByRole('button', { name: '← Danh sách dự thảo' }).click();
    await expect(page.locator('.row-sub').filter({ hasText: `Đã cấp số ${number}` })).toBeVisible();
  });
}

test('locked parts survive select-all, typing and Backspace in the browser; undo restores', async () => {
  await page.locator('[data-template="thong-bao"]').click();
  await expect(page.locator('.compose-work .vt-doc')).toBeVisible();
  const before = (await page.locator('.compose-work .vt-part-header .vt-print').textContent())!;
  await page.locator('.compose-work .vt-body > :first-child').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('xóa');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.compose-work .vt-part-header .vt-print')).toHaveText(before);
  await expect(page.locator('.compose-work .vt-part-title')).toBeVisible();
  await expect(page.locator('.compose-work .vt-part-signature')).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+z');
  await expect(page.locator('.compose-work .vt-body > :first-child')).not.toHaveText('');

  // A date before 27/5/2026 puts the document under HD 36: the page view follows the profile.
  await expect(page.locator('.vt-pages')).toContainText('05-HD/VPTW');
  await page.locator('.compose-work [data-open="header"]').click();
  await page.locator('.compose-work [data-form="header"] [data-field="date"]').fill('06/3/2026');
  await page.locator('.compose-work [data-form="header"] [data-field="date"]').press('Tab');
  await expect(page.locator('.vt-pages')).toContainText('36-HD/VPTW');
  await expect(page.locator('.compose-work [data-print="date"]')).toHaveText('Ninh Bình, ngày 06 tháng 3 năm 2026');
  await expect(page.locator('.compose-work .vt-page')).toHaveAttribute('data-profile', 'hd36-2018');

  // Version history: save a version now, then restore it.
  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  await page.getByRole('button', { name: 'Lưu phiên bản bây giờ' }).click();
  await expect(page.locator('.compose-versions .row').first()).toBeVisible();
  await page.locator('.compose-versions .row').first().getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.locator('.compose-work [data-print="date"]')).toHaveText('Ninh Bình, ngày 06 tháng 3 năm 2026');
});

test('a placeholder clicked again at once at the same point is still selected whole, not split at the pointer', async () => {
  // ProseMirror takes a press within half a second and 10 px of the last for a double click, whatever
  // happened in between (in the Nghị quyết, the next dash item comes under the pointer once the last
  // is typed over); the browser counts one click. On a very slow machine the two clicks may fall more
  // than half a second apart: the test then only checks the plain click.
  const back = page.getByRole('button', { name: '← Danh sách dự thảo' });
  if (await back.isVisible()) await back.click(); // after the other tests (alone with -g, the list is open)
  await page.locator('[data-template="nghi-quyet"]').click();
  await expect(page.locator('.compose-work .vt-doc')).toBeVisible();
  const sample = page.locator('.compose-work .vt-placeholder[data-kind="sample"]').filter({ hasText: 'Người đứng đầu cấp ủy' });
  await sample.scrollIntoViewIfNeeded();
  const box = (await sample.boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + 10 };
  const selected = () => page.evaluate(() => getSelection()!.toString());
  await page.mouse.click(at.x, at.y);
  await page.mouse.click(at.x, at.y);
  await expect.poll(selected).toBe(await sample.textContent());
  await page.keyboard.type(SAMPLE);
  await expect(page.locator('.compose-work .vt-body > p.vt-dash').filter({ hasText: SAMPLE })).toHaveCount(1);
  await expect(page.locator('.compose-work .vt-body')).not.toContainText('Người đứng đầu');
});
