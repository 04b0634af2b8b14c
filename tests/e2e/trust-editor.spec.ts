/**
 * Nothing typed is lost, nothing wrong is accepted: the drafting editor as a new user meets it at
 * 1366×768 in Chromium through the local host. A locked part's open form owns the keyboard (typing,
 * IME, paste); field limits are enforced where the user types; a failed save is a banner and a
 * recovery copy always restores; Nơi nhận adds empty lines with a placeholder and keeps Tab in the
 * form; Ctrl+Home/End, Ctrl+S and Ctrl+P do what a Word user expects.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bodyText, caretAtBodyEnd, composeWord, newDraft, openComposePage, openDraft, reopenPage, savedDraft } from './compose-helpers';
import { screen } from './helpers';

// Not serial: each test starts from the drafts list, and one failing does not skip the others.
test.describe.configure({ timeout: 120_000 });

let page: Page;
let url: string;
let close: () => Promise<void>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  ({ page, url, close } = await openComposePage(browser));
});

test.afterAll(() => close());

/** Back to the drafts list (confirming when asked). */
async function home(p: Page): Promise<void> {
  const accept = (d: { accept(): Promise<void> }) => void d.accept();
  p.on('dialog', accept);
  await p.getByRole('button', { name: '← Danh sách dự thảo' }).click();
  await p.locator('.compose-home').waitFor();
  p.off('dialog', accept);
}

/** A synthetic paste of `text` on an element (what the editor and the forms read from a real one); whether it was refused. */
function pasteOn(p: Page, selector: string, text: string): Promise<boolean> {
  return p.locator(selector).first().evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  }, text);
}

/** Waits until the page view has measured the draft: its page gaps stay put across two reads. */
async function pageBreaksSettled(p: Page): Promise<void> {
  const gaps = () => p.locator('.compose-work .vt-pagegap').evaluateAll((gs) => gs.map((g) => (g as HTMLElement).dataset.pos).join());
  let last = await gaps();
  await expect.poll(async () => {
    const now = await gaps();
    const same = now === last;
    last = now;
    return same && now !== '';
  }, { intervals: [700], timeout: 20_000 }).toBe(true);
}

test('1. typing, IME and paste with a part\'s form open never change the body', async () => {
  await newDraft(page);
  await pageBreaksSettled(page);
  const before = await bodyText(page);
  // A word of the body selected, as the tester had it.
  await page.locator('.compose-work .vt-body > p').first().dblclick({ position: { x: 60, y: 8 } });
  expect(await page.evaluate(() => getSelection()!.toString().trim().length)).toBeGreaterThan(0);

  // A click on the header opens its form and takes the caret out of the body.
  await page.locator('[data-open="header"]').click();
  await expect(page.locator('[data-form="header"]')).toBeVisible();
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-form="header"]'))).toBe(true);
  // The open form floats over the page: the page breaks stay where the printed pages break.
  const gapsBefore = await page.locator('.compose-work .vt-pagegap').evaluateAll((gs) => gs.map((g) => (g as HTMLElement).dataset.pos));
  await screen(page, 'trust-editor-header-form-open');

  await page.keyboard.type('abc');
  await composeWord(page, ['t', 'ti', 'tie', 'tiê', 'tiế', 'tiến', 'tiếng']);
  await pasteOn(page, '.compose-work .ProseMirror', 'dán vào thân');
  expect(await bodyText(page)).toEqual(before);
  await expect(page.locator('[data-form="header"] [data-field="superior"]')).toHaveValue(/abctiếng/);
  expect(await page.locator('.compose-work .vt-pagegap').evaluateAll((gs) => gs.map((g) => (g as HTMLElement).dataset.pos))).toEqual(gapsBefore);

  // Even with the focus put back on the body while the form stays open, keys, IME and paste go to the form.
  await page.locator('.compose-work .ProseMirror').evaluate((el) => (el as HTMLElement).focus());
  await page.keyboard.type('xyz');
  await composeWord(page, ['v', 'vi', 'vie', 'viê', 'việ', 'việt']);
  expect(await pasteOn(page, '.compose-work .ProseMirror', 'dán vào thân')).toBe(true);
  expect(await bodyText(page)).toEqual(before);
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-form="header"]'))).toBe(true);

  // Escape closes the form; the focus goes back to the printed header, not the body.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-form="header"]')).toBeHidden();
  await page.keyboard.type('q');
  expect(await bodyText(page)).toEqual(before);
  await home(page);
});

test('2. a field over its limit is refused where it is typed; a failed save is a banner; nothing typed is lost', async () => {
  const id = await newDraft(page);
  await page.locator('[data-open="title"]').click();
  await expect(page.locator('[data-form="title"] [data-field="typeName"]')).toBeFocused();
  const summary = page.locator('[data-form="title"] [data-field="summary"]');
  await summary.click();

  // A paste of 5,000 characters is refused with a message naming the field; the field keeps its text.
  const old = await summary.inputValue();
  expect(await pasteOn(page, '[data-form="title"] [data-field="summary"]', 'x'.repeat(5000))).toBe(true);
  await expect(page.locator('[data-form="title"] .vt-limit-msg[data-kind="paste"]')).toContainText('Trích yếu nội dung dài tối đa 1000 ký tự');
  await expect(summary).toHaveValue(old);
  // Typed past the limit: the field stops at it and its counter says so.
  await summary.fill('');
  await page.keyboard.insertText('về '.repeat(400));
  expect((await summary.inputValue()).length).toBe(1000);
  await expect(page.locator('[data-form="title"] .vt-counter.full')).toHaveText('1000/1000 ký tự');
  await page.keyboard.press('Escape');
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 10_000 });
  await expect(page.locator('[data-save-failed]')).toHaveCount(0);

  // A paragraph typed, then the window closed at once (no wait for the autosave): all of it is back.
  await caretAtBodyEnd(page);
  await page.keyboard.press('Enter');
  const typed = 'Đoạn gõ ngay trước khi đóng cửa sổ, từng chữ phải còn';
  await page.keyboard.type(typed);
  page = await reopenPage(page, url);
  await openDraft(page, id);
  const restore = page.getByRole('button', { name: 'Khôi phục bản đó' });
  if (await restore.count()) await restore.click();
  await expect(page.locator('.compose-work .vt-body > :not(.vt-pagegap)').last()).toHaveText(typed);

  // A recovery copy that does not validate (from before the limits) still restores into the editor;
  // its save fails and says so in a banner that stays; what is typed next is still kept.
  await expect.poll(async () => JSON.stringify((await savedDraft(page, id)).doc), { timeout: 10_000 }).toContain(typed);
  await home(page);
  const draft = await savedDraft(page, id);
  const title = draft.doc.content.find((n) => n.type === 'title')!;
  title.attrs = { ...title.attrs, summary: 'dài '.repeat(1250) };
  await page.evaluate(([i, d]) => localStorage.setItem(`vanthu-recovery-${i}`, JSON.stringify({ at: Date.now(), draft: d })), [id, draft] as const);
  await openDraft(page, id);
  await page.getByRole('button', { name: 'Khôi phục bản đó' }).click();
  await expect(page.locator('[data-print="summary"]')).toContainText('dài dài');
  const banner = page.locator('[data-save-failed]');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(banner).toContainText('1000');
  await screen(page, 'trust-editor-save-failed-banner');
  await caretAtBodyEnd(page);
  await page.keyboard.type(' và thêm chữ sau lỗi');
  await expect(banner).toBeVisible();
  // Leaving asks first.
  let asked = '';
  page.once('dialog', (d) => { asked = d.message(); void d.dismiss(); });
  await page.getByRole('button', { name: '← Danh sách dự thảo' }).click();
  await expect.poll(() => asked).toContain('chưa lưu được');
  await expect(page.locator('.compose-work')).toBeVisible();
  page = await reopenPage(page, url);
  await openDraft(page, id);
  await page.getByRole('button', { name: 'Khôi phục bản đó' }).click();
  await expect(page.locator('.compose-work .vt-body > :not(.vt-pagegap)').last()).toHaveText(`${typed} và thêm chữ sau lỗi`);
  // Fixed in the form: the save succeeds and the banner goes.
  await page.locator('[data-open="title"]').click();
  await page.locator('[data-form="title"] [data-field="summary"]').fill('về công tác chuyển đổi số');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-save-failed]')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc');
  expect(JSON.stringify((await savedDraft(page, id)).doc)).toContain('và thêm chữ sau lỗi');
  await home(page);
});

test('3. Nơi nhận: a new line is empty with a placeholder, empty lines are not saved, Tab stays in the form, Escape closes it', async () => {
  const id = await newDraft(page);
  await page.locator('[data-open="recipients"]').click();
  const form = page.locator('[data-form="recipients"]');
  await form.locator('[data-field="book"]').selectOption('new');
  const line = form.locator('input[data-line]').last();
  await expect(line).toBeFocused();
  await expect(line).toHaveValue('');
  await expect(line).toHaveAttribute('placeholder', /nơi nhận/);
  await expect(line).toBeInViewport();
  await screen(page, 'trust-editor-recipients-form');
  await page.keyboard.type('Ban Bí thư Trung ương Đảng');
  // Tab and Shift+Tab go round the form's fields and never leave it.
  const count = await form.locator('input, select, textarea, button').count();
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-form="recipients"]'))).toBe(true);
  }
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-form="recipients"]'))).toBe(true);
  }
  // A second new line left empty.
  await form.locator('[data-field="book"]').selectOption('new');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  const printed = await page.locator('.vt-part-recipients .vt-c-recipient').allTextContents();
  expect(printed).toContain('- Ban Bí thư Trung ương Đảng,');
  expect(printed.join('\n')).not.toContain('nơi nhận mới');
  expect(printed.filter((l) => /^-\s*[,;.]?$/u.test(l.trim()))).toEqual([]);
  await expect(page.locator('.compose-save')).toContainText('Đã lưu lúc', { timeout: 10_000 });
  const saved = (await savedDraft(page, id)).doc.content.find((n) => n.type === 'closing')!;
  const items = JSON.stringify(saved);
  expect(items).toContain('Ban Bí thư Trung ương Đảng');
  expect(items).not.toContain('"lines":[""]');
  await home(page);
});

test('6. Ctrl+Home / Ctrl+End move the caret in a short document; Ctrl+S saves and says so; Ctrl+P prints the exported PDF', async () => {
  const id = await newDraft(page);
  await page.locator('.compose-work .vt-body > p').nth(1).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' KẾT');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('ĐẦU ');
  const body = await bodyText(page);
  expect(body[0].startsWith('ĐẦU Thực hiện')).toBe(true);
  expect(body.at(-1)!.endsWith('chi bộ KẾT')).toBe(true);

  // Ctrl+S: saved now (also a field being typed in), confirmed on screen.
  await page.locator('[data-open="title"]').click();
  await page.locator('[data-form="title"] [data-field="summary"]').fill('về lưu bằng phím tắt');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-saved-note]')).toContainText('Đã lưu');
  const saved = await savedDraft(page, id);
  expect(saved.doc.content.find((n) => n.type === 'title')!.attrs!.summary).toBe('về lưu bằng phím tắt');
  expect(JSON.stringify(saved.doc)).toContain('"text":"ĐẦU "');
  await page.keyboard.press('Escape');

  // Ctrl+P prints the document as it will print: LibreOffice's PDF of the export, in a hidden frame.
  const made = page.waitForResponse((r) => r.url().endsWith('/api/call/export.pdf'), { timeout: 90_000 });
  await page.keyboard.press('Control+p');
  const printed = (await (await made).json()).value as { file: string; size: number };
  expect(fs.readFileSync(printed.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.locator('[data-saved-note]')).toContainText('bản PDF', { timeout: 90_000 });
  const frame = page.locator('#vanthu-print-frame');
  await expect(frame).toHaveAttribute('src', /^blob:/);
  await expect(frame).toHaveAttribute('data-bytes', String(printed.size));
  // Headless Chromium has no PDF viewer: the frame goes before the page itself is printed below.
  await frame.evaluate((f) => f.remove());
  // Where no PDF can be made, the page view is printed: the window shows the pages only, each page gap a new sheet.
  // The template's Nghị quyết runs over more than one page once the page view has measured it.
  await expect.poll(async () => Number(await page.locator('.vt-pages').getAttribute('data-pages'))).toBeGreaterThan(1);
  const pages = Number(await page.locator('.vt-pages').getAttribute('data-pages'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nav')).toBeHidden();
  await expect(page.locator('.vt-check')).toBeHidden();
  await expect(page.locator('.vt-page')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(sheets).toBe(pages);
  await page.emulateMedia({ media: 'screen' });
  await home(page);
});

test('forms use their own Vietnamese messages, never the browser\'s', async () => {
  await newDraft(page);
  const forms = await page.locator('.compose-work form').evaluateAll((fs) => fs.map((f) => (f as HTMLFormElement).noValidate));
  expect(forms.length).toBeGreaterThan(0);
  expect(forms.every(Boolean)).toBe(true);
  await page.locator('[data-open="header"]').click();
  await page.locator('[data-form="header"] [data-field="date"]').fill('31/02/2026');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-form="header"] .vt-hint').first()).toContainText('Ngày ban hành');
  await page.keyboard.press('Escape');
  await home(page);
});

test('6. a short document with a table: the page view has as many pages as LibreOffice\'s PDF of the export', async () => {
  test.skip(!fs.existsSync('/usr/bin/soffice') || !fs.existsSync('/usr/bin/pdfinfo'), 'LibreOffice and poppler-utils are needed');
  const id = await newDraft(page);
  // The draft export prints "DỰ THẢO" in the header: the page view shows the same mark.
  await page.locator('[data-open="header"]').click();
  await page.locator('[data-form="header"] [data-field="draftMark"]').fill('DỰ THẢO');
  await page.keyboard.press('Escape');
  await page.locator('.compose-work .vt-body > p').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Văn phòng Tỉnh ủy tổng hợp kết quả như sau.');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await page.getByLabel('Số hàng').fill('12');
  await page.getByRole('button', { name: 'Chèn', exact: true }).click();
  await expect(page.locator('.compose-work .vt-body table tr')).toHaveCount(12);
  await page.locator('.compose-work .vt-body td').nth(3).click();
  await page.keyboard.type('Số liệu');
  await expect.poll(async () => JSON.stringify((await savedDraft(page, id)).doc), { timeout: 10_000 }).toContain('Số liệu');
  const exported = await page.evaluate((i) => window.vanthu.drafts.exportDraft({ id: i }), id);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-trust-pdf-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-trust-lo-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', out, exported.file], { timeout: 120_000 });
  const pdf = fs.readdirSync(out).find((f) => f.endsWith('.pdf'))!;
  const pdfPages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [path.join(out, pdf)]).toString())![1]);
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
  await expect.poll(async () => Number(await page.locator('.vt-pages').getAttribute('data-pages'))).toBe(pdfPages);
  await home(page);
});
